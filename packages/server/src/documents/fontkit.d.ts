// fontkit ships no types: this declares the little of it the letters use.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string, features?: string[]): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
