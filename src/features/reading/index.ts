// What the app uses of reading: its screens, loaded when a person first opens one. Other
// features link to them by address (ROUTES.read…), never by import.
export { default } from './ReadingRoutes';
