/** Page furniture in Spanish. */
import type { FurnitureWords } from './types.ts';

/** Spanish furniture words. */
export const ES: FurnitureWords = {
  byline: ['por', 'redacción', 'escrito por'],
  published: ['publicado el', 'publicado', 'publicada el', 'publicada', 'fecha de publicación'],
  updated: ['actualizado el', 'actualizado', 'actualizada', 'última actualización', 'modificado'],
  related: [
    'lea también',
    'lee también',
    'leer también',
    'te puede interesar',
    'te recomendamos',
    'también te puede interesar',
    'noticias relacionadas',
    'relacionado',
    'relacionadas',
    'lo más leído',
    'más noticias',
    'le puede interesar',
  ],
  moreFrom: ['más noticias de', 'más sobre', 'más de la sección'],
  moreBy: ['más de', 'más artículos de', 'más noticias de', 'otros artículos de'],
  backToTop: ['volver arriba', 'ir arriba', 'subir', 'volver al inicio'],
  subscribe: ['suscríbete', 'suscríbase', 'síguenos', 'siguenos', 'recibe', 'únete a nuestro', 'sigue a'],
  commentForm: [
    'deja un comentario',
    'deja una respuesta',
    'dejar un comentario',
    'tu dirección de correo electrónico no será publicada',
    'publicar comentario',
    'cancelar respuesta',
    'los campos obligatorios están marcados',
  ],
  photo: ['foto', 'fotos', 'fotografía', 'imagen'],
  home: ['inicio', 'portada'],
  share: ['compartir', 'comparte', 'comparta', 'enviar', 'imprimir'],
  filedFrom: ['desde', 'en'],
  endMark: ['fin'],
};
