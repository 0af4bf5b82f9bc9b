import Pptx from 'pptxgenjs';

/**
 * pptxgenjs's types describe a CommonJS module while Node loads its ES build, whose default
 * export is the class itself: these aliases give the class and its types under NodeNext.
 */
type PptxClass = typeof Pptx.default;

/** The pptxgenjs presentation class. */
export const PptxGen = Pptx as unknown as PptxClass;
/** A pptxgenjs presentation. */
export type Presentation = InstanceType<PptxClass>;
/** A slide of a pptxgenjs presentation. */
export type PptSlide = ReturnType<Presentation['addSlide']>;
/** A run of text with its own options. */
export type TextProps = Pptx.default.TextProps;
