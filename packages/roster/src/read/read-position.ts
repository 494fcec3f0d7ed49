/** How far into the file a reader is (bytes of the file read so far), for the run's progress. */
export interface ReadPosition {
  bytesRead(): number;
}
