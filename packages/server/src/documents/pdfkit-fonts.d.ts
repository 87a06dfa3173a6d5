import type { Font } from 'fontkit';

// PDFKit also accepts a font fontkit has already parsed (its font factory takes any object with `layout`), which
// @types/pdfkit does not say. The letters parse their fonts once per process (letter-fonts.ts).
declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}
