package org.readout.attribution;

import java.util.Set;

/**
 * Closed word classes that locate the subject of a verb cue, read leftwards from the cue (all
 * lowercase; multi-word adverbs such as {@code in turn} included). Immutable and thread-safe.
 *
 * @param adverbs       skipped between a subject and its cue ("Putin once again stressed")
 * @param auxiliaries   skipped likewise ("Biden has said"); {@code to} also skips the verb before it
 * @param beForms       "is raised": passive right before a past-participle cue, else an auxiliary
 * @param otherPronouns subjects that name nobody the dictionary knows ("the scenario you described")
 * @param relatives     relative pronouns whose antecedent is the subject ("Biden, who stressed")
 * @param openers       words that may open a clause before its subject ("In response, Putin …")
 * @param notAdverbs    words in -ly that are not adverbs ("ally"); every other -ly word is one
 * @param contractions  endings after an apostrophe that are auxiliaries ("I’m saying")
 * @param gerundPrepositions prepositions before a gerund cue that shares the main subject ("by saying")
 * @param prepositions  words that make the reference after them an object, never a subject ("with Putin")
 * @param appositiveOpeners words that open an appositive after a name ("Jane Roe, a spokeswoman, said")
 * @param groupNouns    plural heads of an unnamed group that speaks ("officials said", "Western diplomats warned")
 * @param descriptionDeterminers words that open an unnamed speaker's description after an inverted cue
 *                      ("“…,” says a restaurant owner in Memphis")
 * @param descriptionStops words that end such a description ("a resident who …", "a resident after …")
 * @param descriptionVerbs verbs after which the words are a clause, not a description ("… the state is …")
 * @param timeWords     words of a time expression ("said the next day"): no description holds one
 */
record SubjectWords(Set<String> adverbs, Set<String> auxiliaries, Set<String> beForms, Set<String> otherPronouns,
                    Set<String> relatives, Set<String> openers, Set<String> notAdverbs, Set<String> contractions,
                    Set<String> gerundPrepositions, Set<String> prepositions,
                    Set<String> appositiveOpeners, Set<String> groupNouns, Set<String> descriptionDeterminers,
                    Set<String> descriptionStops, Set<String> descriptionVerbs, Set<String> timeWords) {

  /** Whether {@code word} (lowercase) is an adverb: listed, or in -ly and not listed as something else. */
  boolean adverb(String word) {
    return adverbs.contains(word) || word.length() > 4 && word.endsWith("ly") && !notAdverbs.contains(word);
  }
}
