/**
 * The one wink-nlp instance of the process (its English model is ~3 MB and takes ~0.5 s to
 * read): the mention layer tags with it, the gazetteer asks it which words are English.
 */
import winkNLP, { type ItsHelpers } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/**
 * wink-nlp, with its `its` helpers typed as what they are: plain functions handed to out(),
 * which knows them by identity. wink's typings declare them as methods, which would make
 * every `out(nlp.its.pos)` look like a method torn from its object.
 */
export type Tagger = Omit<Wink, 'its'> & { readonly its: { readonly [K in keyof ItsHelpers]: ItsHelpers[K] } };

let instance: Wink | undefined;

export function tagger(): Tagger {
  instance ??= winkNLP(model, ['pos']);
  return instance;
}
