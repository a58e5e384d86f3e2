export * from './format';
export { encodeBackup, backupFileName, type BackupInfo, type EncodedBackup } from './write';
export {
  readBackup,
  type BackupError,
  type BackupErrorKind,
  type ReadBackup,
  type ReadOptions,
  type ReadResult,
} from './read';
