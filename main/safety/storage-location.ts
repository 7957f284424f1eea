import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** One line of a mount table such as /proc/mounts. */
export interface MountEntry {
  readonly mountPoint: string;
  /** Filesystem type as the kernel reports it: 'ext4', 'nfs4', 'fuse.sshfs' ... */
  readonly fsType: string;
}

/** Reason a data folder is unsafe for a WAL-mode SQLite database. */
export type DataDirRisk =
  | { readonly code: 'network-filesystem'; readonly fsType: string; readonly mountPoint: string }
  | { readonly code: 'sync-folder'; readonly syncClient: string; readonly folder: string };

/**
 * Filesystem types of network shares and remote FUSE mounts. SQLite's WAL mode keeps its index
 * in shared memory (the -shm file), which works only when every process using the database runs
 * on the same host, and these filesystems lock files unreliably or not at all.
 */
const networkFsTypes: ReadonlySet<string> = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'ceph',
  'glusterfs',
  'lustre',
  'davfs',
  'fuse.sshfs',
  'fuse.davfs2',
  'fuse.glusterfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.cephfs',
]);

/**
 * Folder names that file-sync clients create. A sync client uploads and replaces the database,
 * its -wal and its -shm file one by one, so another computer can get a database that never
 * existed, and a file replaced under an open connection loses committed scans.
 */
const syncFolderNames: ReadonlyArray<{ readonly pattern: RegExp; readonly syncClient: string }> = [
  { pattern: /^dropbox( \(.+\))?$/i, syncClient: 'Dropbox' },
  { pattern: /^onedrive( - .+)?$/i, syncClient: 'OneDrive' },
  { pattern: /^google ?drive(-.+)?$/i, syncClient: 'Google Drive' },
  { pattern: /^my drive$/i, syncClient: 'Google Drive' },
  { pattern: /^icloud ?drive$/i, syncClient: 'iCloud Drive' },
  { pattern: /^mobile documents$/i, syncClient: 'iCloud Drive' },
  // macOS keeps the folders of File Provider sync clients, such as Dropbox and OneDrive, here.
  { pattern: /^cloudstorage$/i, syncClient: 'a macOS cloud storage provider' },
];

/**
 * Decides whether `dataDir` (an absolute path) is on a network filesystem or inside a sync
 * client's folder, and returns the first risk found, or null for a local folder. The mount that
 * contains the folder is the entry with the longest mount point that is a prefix of the path.
 * The function is pure, so the caller passes the mount table (empty where the OS has none).
 */
export function assessDataDirLocation(dataDir: string, mounts: ReadonlyArray<MountEntry>): DataDirRisk | null {
  const style = isWindowsPath(dataDir) ? win32 : posix;
  const segments = style.normalize(dataDir).split(/[\\/]+/).filter((segment) => segment !== '');
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string;
    const match = syncFolderNames.find((candidate) => candidate.pattern.test(segment));
    if (match !== undefined) {
      return { code: 'sync-folder', syncClient: match.syncClient, folder: joinSegments(dataDir, segments.slice(0, index + 1)) };
    }
  }

  if (style === win32) {
    // A UNC path (\\server\share\...) always names an SMB share.
    return isUncPath(dataDir) ? { code: 'network-filesystem', fsType: 'smb', mountPoint: joinSegments(dataDir, segments.slice(0, 2)) } : null;
  }
  const mount = mountHolding(posix.normalize(dataDir), mounts);
  if (mount !== null && networkFsTypes.has(mount.fsType.toLowerCase())) {
    return { code: 'network-filesystem', fsType: mount.fsType, mountPoint: mount.mountPoint };
  }
  return null;
}

function mountHolding(path: string, mounts: ReadonlyArray<MountEntry>): MountEntry | null {
  let best: MountEntry | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint === '/' ? '/' : mount.mountPoint.replace(/\/+$/, '');
    const contains = point === '/' || path === point || path.startsWith(`${point}/`);
    if (contains && (best === null || point.length >= best.mountPoint.length)) {
      best = { mountPoint: point, fsType: mount.fsType };
    }
  }
  return best;
}

function joinSegments(original: string, segments: ReadonlyArray<string>): string {
  if (isUncPath(original)) {
    return `\\\\${segments.join('\\')}`;
  }
  return isWindowsPath(original) ? segments.join('\\') : `/${segments.join('/')}`;
}

function isWindowsPath(path: string): boolean {
  return /^[a-z]:[\\/]/i.test(path) || isUncPath(path);
}

function isUncPath(path: string): boolean {
  return /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+/.test(path);
}

/**
 * Parses the text of /proc/mounts (or /etc/mtab): `device mountpoint fstype options 0 0` per
 * line, where spaces, tabs, newlines and backslashes in paths are written as octal escapes.
 */
export function parseMountTable(text: string): ReadonlyArray<MountEntry> {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) {
      continue;
    }
    const mountPoint = (fields[1] as string).replace(/\\([0-7]{3})/g, (_escape, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    entries.push({ mountPoint, fsType: fields[2] as string });
  }
  return entries;
}

/** Reads the mount table of this machine: /proc/mounts on Linux, nothing elsewhere. */
export function readMountTable(platform: NodeJS.Platform = process.platform): ReadonlyArray<MountEntry> {
  if (platform !== 'linux') {
    // NOTE: macOS and Windows mounts are not read. There only sync-folder names and UNC paths
    // (\\server\share) are detected, so a share mapped to a drive letter or /Volumes passes.
    return [];
  }
  try {
    return parseMountTable(readFileSync('/proc/mounts', 'utf8'));
  } catch {
    return [];
  }
}
