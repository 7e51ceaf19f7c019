package org.readout.commitments;

import java.util.List;
import org.readout.model.Mention;

/**
 * A subject or object noun phrase made of one or more actor mentions ("Russia and the United States").
 *
 * @param start offset relative to the sentence
 * @param end   offset relative to the sentence
 * @param joint whether several actors act together (a conjunction or a group)
 * @param group whether a word for several parties stands as the subject ("the two leaders", "both sides"), even
 *              when only one of them is known
 */
record Np(List<Mention> mentions, List<String> entities, int start, int end, boolean joint, boolean group) {
}
