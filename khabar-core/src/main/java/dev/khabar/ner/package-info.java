/** The NER stage: the CRF model, gazetteers, organization rules and the document pass; also NER training and CoNLL scoring. Internal. */
package dev.khabar.ner;
