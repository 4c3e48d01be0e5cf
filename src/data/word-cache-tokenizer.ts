/**
 * A memo in front of a BERT WordPiece tokenizer. BERT's pre-tokenizer splits on white space
 * and punctuation and its normalizer (clean text, CJK spacing, accent stripping, lower case)
 * works character by character, so the ids of a line are the ids of its white-space
 * separated words, concatenated (HF tokenizers' `BertPreTokenizer` + `BertNormalizer`).
 * Words repeat a lot, so each distinct word is encoded once; the memo is cleared when it
 * reaches `maxWords`, keeping memory flat on any corpus. Only for WordPiece (BERT)
 * tokenizers: BPE and Unigram ones keep spaces inside tokens and must see the whole line.
 */
export type Encode = (text: string) => number[];

const WHITESPACE = /\s+/u;

export class WordCacheTokenizer {
  private readonly memo = new Map<string, number[]>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly encodeWord: Encode,
    private readonly maxWords = 1 << 20,
  ) {}

  encode(text: string): number[] {
    const out: number[] = [];
    for (const word of text.split(WHITESPACE)) {
      if (word === '') continue;
      let ids = this.memo.get(word);
      if (ids === undefined) {
        this.misses++;
        ids = this.encodeWord(word);
        if (this.memo.size >= this.maxWords) this.memo.clear();
        this.memo.set(word, ids);
      } else {
        this.hits++;
      }
      for (const id of ids) out.push(id);
    }
    return out;
  }
}
