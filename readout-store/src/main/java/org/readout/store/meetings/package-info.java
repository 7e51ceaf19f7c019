/**
 * Meetings in the workspace: the inputs the grouper reads (statement leads and their actor mentions),
 * the cached grouping and the user's merges and splits (tables of {@code V20__meetings.sql}).
 */
package org.readout.store.meetings;
