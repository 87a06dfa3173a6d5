import { describe, expect, it } from 'vitest';
import { readPdf, withoutSpaces } from '../testing/read-pdf';
import type { LetterDocument } from './letter-document';
import { renderLetterPdf } from './render-letter-pdf';
import { longClinicalSummaryFr, sampleLetterAr, sampleLetterFr } from './sample-letters';

function withSummary(letter: LetterDocument, summary: string): LetterDocument {
  return {
    ...letter,
    blocks: letter.blocks.map((block) => (block.kind === 'paragraph' ? { ...block, text: summary } : block)),
  };
}

/** Finds each string in order in the compacted text: fails on a missing string or one out of logical order. */
function expectInOrder(text: string, expected: string[]): void {
  const compact = withoutSpaces(text);
  let from = 0;
  for (const part of expected) {
    const at = compact.indexOf(withoutSpaces(part), from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + withoutSpaces(part).length;
  }
}

describe('renderLetterPdf', () => {
  it('renders a French letter whose text, metadata and language a PDF reader finds', async () => {
    const pdf = await readPdf(await renderLetterPdf(sampleLetterFr));

    expect(pdf.info).toMatchObject({ Title: 'Lettre de référence', Language: 'fr', Subject: 'REF-TTA-2026-000154' });
    const text = pdf.pages.join(' ');
    expectInOrder(text, [
      'Groupement Sanitaire Territorial Tanger-Tétouan-Al Hoceïma',
      'Lettre de référence',
      'Référence : REF-TTA-2026-000154',
      'Date : 7 décembre 2026',
      'Nom et prénom',
      'Fatima Zahra EL ALAMI',
      'فاطمة الزهراء العلمي',
      'Téléphone',
      '+212 6 12 34 56 78',
      'Allergies',
      '—',
      'Centre hospitalier régional Mohammed V (TTA-H-001)',
      'Douleur thoracique d’effort',
      'Bilan coronarien demandé',
      'Dr Youssef BENNANI',
    ]);
    expect(pdf.pages[0]).toContain('Document généré par Tansiq — confidentiel (secret médical)');
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.pageCount} / ${pdf.pageCount}`);
  });

  it('renders an Arabic letter whose words extract in logical order, Latin runs included', async () => {
    const pdf = await readPdf(await renderLetterPdf(sampleLetterAr));

    expect(pdf.info).toMatchObject({ Title: 'رسالة الإحالة', Language: 'ar' });
    const text = pdf.pages.join(' ');
    expectInOrder(text, [
      'المجموعة الصحية الترابية طنجة تطوان الحسيمة',
      'رسالة الإحالة',
      'المرجع: REF-TTA-2026-000154',
      'الاسم الكامل',
      'فاطمة الزهراء العلمي',
      'Fatima Zahra EL ALAMI',
      'الهاتف',
      '+212 6 12 34 56 78',
      // PDF.js cuts a word where Amiri overlaps two glyphs (ر before ك in "المركز"): the drawing is right, its
      // text-layer guess is not (see ADR 0012), so this checks the rest of the line.
      'الاستشفائي الجهوي محمد الخامس',
      'TTA-H-001',
      'ألم في الصدر عند المجهود',
      'مطلوب فحص الشرايين التاجية',
      'مريضة تبلغ من العمر 58 سنة',
      'الضغط الدموي 150/90 ملم زئبق',
      'المرجو إرسال رسالة الإحالة المضادة',
      'د. يوسف بناني',
    ]);
    expect(text).toContain('وثيقة صادرة عن نظام تنسيق');
    expect(text).toContain(`صفحة 1 من ${pdf.pageCount}`);
  });

  it('flows a 3,000-character clinical summary over pages, with the footer and page number on each', async () => {
    expect(longClinicalSummaryFr.length).toBeGreaterThanOrEqual(3000);
    const pdf = await readPdf(await renderLetterPdf(withSummary(sampleLetterFr, longClinicalSummaryFr)));

    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain('Document généré par Tansiq — confidentiel (secret médical)');
      expect(page).toContain(`Page ${index + 1} / ${pdf.pageCount}`);
      expect(page).toContain('Centre de santé urbain Beni Makada');
    });
    // Nothing clipped: the summary's words are all there, as many times as they were written.
    const text = withoutSpaces(pdf.pages.join(' '));
    expect(text.split('metformine')).toHaveLength(9);
    expect(text.split('repolarisation')).toHaveLength(9);
  });

  it('flows a long Arabic summary over pages too', async () => {
    const summary = 'ألم في الصدر عند المجهود منذ ثلاثة أسابيع، الضغط 150/90. '.repeat(60);
    const pdf = await readPdf(await renderLetterPdf(withSummary(sampleLetterAr, summary)));

    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`صفحة ${index + 1} من ${pdf.pageCount}`);
    });
  });

  it('renders a typical letter in under 300 ms', async () => {
    await renderLetterPdf(sampleLetterAr); // loads and parses the fonts once per process
    const durations: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      await renderLetterPdf(run % 2 === 0 ? sampleLetterFr : sampleLetterAr);
      durations.push(performance.now() - start);
    }
    // The best of five: a machine shared by other test runs would otherwise make this test flaky.
    expect(Math.min(...durations)).toBeLessThan(300);
  });
});
