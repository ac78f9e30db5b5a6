/**
 * The one wink-nlp instance of the process (its English model is ~3 MB and takes ~0.5 s to
 * read): the mention layer tags with it, the gazetteer asks it which words are English.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function tagger(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['pos']);
  return instance;
}
