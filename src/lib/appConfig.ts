import { createContext, useContext } from 'react'
import { DEFAULT_CONFIG, type AppConfig } from './config'

export const AppConfigContext = createContext<AppConfig>(DEFAULT_CONFIG)

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext)
}
