export interface CorpusEntry {
  title: string;
  body: string;
  step: number;
}
export interface Corpus {
  common: string[];
  rare: string[];
  entry(i: number): CorpusEntry;
}
export declare function random(seed: number): () => number;
export declare function makeCorpus(seed?: number): Corpus;
