/** Common French and English function words, accents removed, left out of open-answer themes. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a au aux avec ce ces cet cette ceci cela ca c d de des du dans en et est etait ete etre il ils elle
  elles je j l la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas
  pour qu que qui sa se ses si son sur ta te tes toi ton tu un une vos votre vous y plus tres bien
  aussi comme tout tous toute toutes fait faire avoir ai as avons avez ont sont suis etes fois autre
  autres deja encore donc alors ainsi sans sous entre vers chez quand depuis car ni n s m t qu lors
  cela celle celui ceux dont leur peu beaucoup grace avant apres the an and or of to in on for with
  at by from is are was were be been being it its this that these those i me my we our you your he
  she they them their his her not no but so if as about into than then there here what which who
  how when where all any some more most very can could would should will just also have has had do
  does did get got make made one`.split(/\s+/),
);
