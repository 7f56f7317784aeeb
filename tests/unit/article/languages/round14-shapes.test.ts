/** Page shapes read in round 14: a site's name over a menu of one entry a line, a copyright line closing a "read
 * also" list, and a page in Hindi, whose sentences end with a danda. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const MENU = ['Notícies', 'Societat', 'Esports', 'Cultura', 'Opinió'];
const BODY = [
  'La colla castellera de Vallfosca ha descarregat aquest diumenge un castell de nou pisos per primera vegada.',
  'La diada va aplegar més de dues mil persones a la plaça Major, segons el recompte de l’ajuntament.',
];

describe('a site’s name over a menu of one entry a line', () => {
  it('is the masthead where the page names itself so again further down', () => {
    const { article, removed } = readPage(
      'ca-page.txt',
      [
        'Riberada Digital',
        ...MENU,
        'Els castellers de Vallfosca fan història a la plaça',
        ...BODY,
        'Riberada Digital és un mitjà local independent.',
      ].join('\n'),
    );
    expect(article.publisher).toBe('Riberada Digital');
    expect(removed.get('Riberada Digital')).toBe('masthead');
    expect(removed.get('Societat')).toBe('navigation');
  });

  it('stays in the menu where the page never names itself so again', () => {
    const { article } = readPage(
      'ca-page.txt',
      ['Riberada Digital', ...MENU, 'Els castellers de Vallfosca fan història a la plaça', ...BODY].join('\n'),
    );
    expect(article.publisher).toBeNull();
  });
});

describe('a copyright line under a “read also” list', () => {
  it('closes the list and names the outlet', () => {
    const { article, removed } = readPage(
      'pt-page.txt',
      [
        'Fábrica de Vale Fundo abre 200 vagas para a nova linha de botas',
        'A fábrica de calçados de Vale Fundo anunciou nesta terça-feira a abertura de 200 vagas para a nova linha.',
        'A empresa emprega hoje 640 pessoas e quer chegar a quase mil trabalhadores até o fim do ano.',
        'Leia também',
        'Prefeitura abre inscrições para curso de modelagem',
        'Feira de calçados volta ao parque em julho',
        '© Jornal da Serra Alta — Todos os direitos reservados',
      ].join('\n'),
    );
    expect(removed.get('Feira de calçados volta ao parque em julho')).toBe('related-links');
    expect(removed.get('© Jornal da Serra Alta — Todos os direitos reservados')).toBe('copyright');
    expect(article.publisher).toBe('Jornal da Serra Alta');
  });
});

describe('a page in Hindi', () => {
  it('has sentences: a danda ends them', () => {
    const { article } = readPage(
      'hi-page.txt',
      [
        'उदयपुर में मानसून की पहली बारिश',
        'मौसम विभाग ने बुधवार को उदयपुर संभाग में मानसून पहुंचने की घोषणा की। शहर में पूरे दिन बारिश होती रही।',
        'नगर निगम ने बताया कि निचले इलाकों से पानी निकालने का काम जारी है।',
      ].join('\n'),
    );
    expect(article.blocks.some((b) => b.text.endsWith('है।'))).toBe(true);
  });
});
