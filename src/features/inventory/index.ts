// What other features use of inventory: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { getInventoryItem } from './classicInventoryRepo';
export { LETTER_PREFIX } from './letterToMyselfRepo';
export { type AmendsFields } from './types';
export { listCopy, TOUCHED, isInventoryList, CLASSIC_LISTS } from './classicLists';
export { bodyPlaceLabel, feelingWord, needLabel } from './feelingWord';
export { vocabularyOf } from './vocabulary/current';
export {
  type ClassicItem,
  type EmotionInventory,
  type InventoryList,
  type LetterToMyself,
} from './types';
export {
  useEmotionHistory,
  useEmotionInventory,
  useInventoryList,
  useLettersToMyself,
  useLetterToMyself,
} from './useInventory';
