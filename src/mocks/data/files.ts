// Small documents attached to the seed announcements, served under /demo-assets/files/.

function pdf(lines: string[]): string {
  // A one-page PDF with Helvetica text; offsets of the xref table computed, so viewers open it.
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 60 ${780 - i * 26} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

export const DEMO_FILES: Record<string, { mimeType: string; body: string }> = {
  'calendrier-conseils-de-classe.pdf': {
    mimeType: 'application/pdf',
    body: pdf([
      'College Jules-Ferry - Conseils de classe du 1er trimestre',
      '6e A, 6e B : lundi 17 h 30 et 18 h 30',
      '6e C, 6e D : mardi 17 h 30 et 18 h 30',
      '5e A a 5e E : mercredi et jeudi a partir de 17 h',
      '4e A a 4e D : lundi et mardi suivants a partir de 17 h',
      '3e A a 3e D : jeudi et vendredi suivants a partir de 17 h',
      'Saisie des notes et appreciations : au plus tard 48 h avant le conseil.',
    ]),
  },
  'consignes-saisie-des-appreciations.txt': {
    mimeType: 'text/plain',
    body:
      'Consignes pour la saisie des appréciations\n\n' +
      '- Une appréciation par élève et par discipline, 250 caractères au plus.\n' +
      '- Mettre en avant les progrès et donner un conseil concret.\n' +
      '- Saisie dans le logiciel de vie scolaire au plus tard 48 heures avant le conseil de classe.\n' +
      '- Les professeurs principaux complètent l’appréciation générale après le conseil.\n',
  },
};

export function fileSize(name: string): number {
  return new TextEncoder().encode(DEMO_FILES[name]!.body).length;
}
