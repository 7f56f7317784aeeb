/** A Portuguese page: "Por" byline, "Publicado em … | Atualizado em …", photo credit, "Leia também", wire end mark. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `Folha do Planalto
Início > Cidades > Vale Verde

Ponte sobre o rio Claro é interditada após rachadura na estrutura

Por Beatriz Campos
Publicado em 14/08/2024 às 10h20 | Atualizado em 14/08/2024 às 12h05

A prefeitura de Vale Verde interditou nesta quarta-feira a ponte sobre o rio Claro depois que técnicos da Defesa Civil encontraram uma rachadura em um dos pilares centrais da estrutura.

Motoristas que seguem para o distrito industrial precisam fazer um desvio de quase vinte quilômetros pela estrada estadual, segundo a secretaria de obras.

Técnicos avaliam os pilares da ponte nesta manhã. Foto: Divulgação/Prefeitura de Vale Verde

Leia também
- Chuvas deixam bairros sem energia no interior
Voltar ao topo
`;

describe('a Portuguese page', () => {
  const { article, removed } = readPage('pt-planalto.txt', PAGE);

  it('reads the headline, the writer and the publication stamp', () => {
    expect(article.title).toBe('Ponte sobre o rio Claro é interditada após rachadura na estrutura');
    expect(article.author).toBe('Beatriz Campos');
    expect(article.published).toMatchObject({ date: '2024-08-14', time: '10:20', basis: 'stated' });
  });

  it.each([
    ['Por Beatriz Campos', 'byline'],
    ['Publicado em 14/08/2024 às 10h20 | Atualizado em 14/08/2024 às 12h05', 'published-line'],
    ['Técnicos avaliam os pilares da ponte nesta manhã. Foto: Divulgação/Prefeitura de Vale Verde', 'page-chrome'],
    ['Leia também', 'related-links'],
    ['- Chuvas deixam bairros sem energia no interior', 'related-links'],
    ['Voltar ao topo', 'navigation'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });

  it('takes a wire end mark and an initials slug off the foot of a Lusa report', () => {
    const wire = PAGE.replace('Leia também', 'XYZ // ABD\n\nLusa/Fim\n\nLeia também');
    const { removed: r } = readPage('pt-lusa.txt', wire);
    expect(r.get('Lusa/Fim')).toBe('page-chrome');
    expect(r.get('XYZ // ABD')).toBe('sign-off');
  });
});
