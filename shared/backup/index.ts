export * from './format';
export {
  encodeBackup,
  encodeBackupWith,
  encodeBackupJson,
  backupFileName,
  sha256Hex,
  type BackupInfo,
  type EncodedBackup,
  type TableJson,
  type Sha256Hex,
} from './write';
export {
  readBackup,
  readBackupWith,
  type BackupError,
  type BackupErrorKind,
  type ReadBackup,
  type ReadOptions,
  type ReadResult,
} from './read';
