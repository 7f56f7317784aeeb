/** Page furniture in Portuguese. */
import type { FurnitureWords } from './types.ts';

/** Portuguese furniture words. */
export const PT: FurnitureWords = {
  byline: ['por', 'da redação'],
  roles: ['repórter', 'jornalista', 'correspondente', 'redator', 'redatora', 'enviado especial'],
  published: ['publicado em', 'publicado', 'publicada em', 'publicada'],
  updated: ['atualizado em', 'atualizado', 'atualizada em', 'actualizado em', 'última atualização'],
  related: [
    'leia também',
    'leia mais',
    'veja também',
    'saiba mais',
    'notícias relacionadas',
    'relacionadas',
    'mais lidas',
  ],
  moreFrom: ['mais sobre', 'mais notícias de'],
  moreBy: ['mais de', 'mais artigos de', 'outras notícias de'],
  backToTop: ['voltar ao topo', 'topo', 'ir para o topo'],
  readingTime: ['de leitura', 'leitura', 'tempo de leitura'],
  issue: ['edição', 'edição de', 'número', 'número de'],
  subscribe: ['assine', 'inscreva-se', 'siga-nos', 'siga o', 'receba', 'entre no canal', 'participe do canal'],
  commentForm: [
    'deixe um comentário',
    'deixe uma resposta',
    'o seu endereço de email não será publicado',
    'o seu endereço de e-mail não será publicado',
    'seu endereço de e-mail não será publicado',
    'publicar comentário',
  ],
  photo: ['foto', 'fotos', 'imagem', 'fotografia'],
  home: ['início', 'inicio', 'página inicial'],
  share: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'enviar', 'imprimir'],
  filedFrom: ['de', 'em'],
  providedBy: ['notícia fornecida por', 'comunicado de'],
  outlet: ['jornal', 'gazeta', 'revista', 'diário', 'folha', 'correio'],
  sourceLabel: ['fonte'],
  rightsReserved: ['todos os direitos reservados'],
  endMark: ['fim', 'lusa/fim'],
};
