/** A Spanish page: menu row, section line, "Actualizado: <weekday>, …", closing signature, "Lee también", prompts. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `Diario de la Costa
Inicio › Sociedad › Puerto Alegre de San Vicente

PESCA

Los pescadores de bajura logran una tregua con la flota industrial

Actualizado: martes, 8 de octubre de 2024, 19:40

Las cofradías de la costa firmaron este martes un acuerdo con los armadores de la flota industrial para repartir los caladeros cercanos durante la campaña de invierno, tras semanas de protestas en el puerto.

"No queríamos pelear, queríamos trabajar", explicó la patrona mayor de la cofradía, que pidió más vigilancia en alta mar.

Marta Iglesias, desde Puerto Alegre

Lee también
· El precio del gasóleo pesquero baja por segundo mes
Suscríbete a nuestro boletín y recibe las noticias del mar.
Síguenos en nuestras redes sociales
Volver arriba
`;

describe('a Spanish page', () => {
  const { article, removed } = readPage('es-costa.txt', PAGE);

  it('reads the headline, the update stamp with its weekday, and the writer from the closing signature', () => {
    expect(article.title).toBe('Los pescadores de bajura logran una tregua con la flota industrial');
    expect(article.author).toBe('Marta Iglesias');
    expect(article.published).toMatchObject({ date: null, latest: '2024-10-08', basis: 'inferred' });
  });

  it.each([
    ['Inicio › Sociedad › Puerto Alegre de San Vicente', 'navigation'],
    ['PESCA', 'kicker'],
    ['Marta Iglesias, desde Puerto Alegre', 'sign-off'],
    ['Lee también', 'related-links'],
    ['· El precio del gasóleo pesquero baja por segundo mes', 'related-links'],
    ['Suscríbete a nuestro boletín y recibe las noticias del mar.', 'page-chrome'],
    ['Síguenos en nuestras redes sociales', 'page-chrome'],
    ['Volver arriba', 'navigation'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });

  it('reads "Por" as a byline', () => {
    const { article: a } = readPage('es-por.txt', PAGE.replace('Actualizado:', 'Por Andrés Soto\nActualizado:'));
    expect(a.author).toBe('Andrés Soto');
  });
});
