import { describe, expect, it } from 'vitest';
import { assessDataDirLocation, parseMountTable, type MountEntry } from '../../../main/safety/storage-location';

const mounts: ReadonlyArray<MountEntry> = [
  { mountPoint: '/', fsType: 'ext4' },
  { mountPoint: '/home', fsType: 'ext4' },
  { mountPoint: '/mnt/warehouse', fsType: 'nfs4' },
  { mountPoint: '/mnt/warehouse/local', fsType: 'ext4' },
  { mountPoint: '/srv/share', fsType: 'cifs' },
  { mountPoint: '/media/remote', fsType: 'fuse.sshfs' },
  { mountPoint: '/mnt/smb3', fsType: 'smb3' },
];

describe('assessDataDirLocation', () => {
  it('accepts a local folder', () => {
    expect(assessDataDirLocation('/home/anna/.config/Packtrace', mounts)).toBeNull();
  });

  it.each([
    ['/mnt/warehouse/bench-1', 'nfs4', '/mnt/warehouse'],
    ['/mnt/warehouse', 'nfs4', '/mnt/warehouse'],
    ['/srv/share/Packtrace', 'cifs', '/srv/share'],
    ['/media/remote/data', 'fuse.sshfs', '/media/remote'],
    ['/mnt/smb3/x', 'smb3', '/mnt/smb3'],
  ])('rejects %s on a network share', (dataDir, fsType, mountPoint) => {
    expect(assessDataDirLocation(dataDir, mounts)).toEqual({ code: 'network-filesystem', fsType, mountPoint });
  });

  it('uses the longest matching mount point', () => {
    expect(assessDataDirLocation('/mnt/warehouse/local/Packtrace', mounts)).toBeNull();
  });

  it('does not match a mount point as a name prefix', () => {
    expect(assessDataDirLocation('/mnt/warehouse-copy/Packtrace', mounts)).toBeNull();
  });

  it('reads the path after normalizing dots', () => {
    expect(assessDataDirLocation('/home/anna/../../mnt/warehouse/x', mounts)).toMatchObject({ code: 'network-filesystem' });
  });

  it.each([
    ['/home/anna/Dropbox/Packtrace', 'Dropbox', '/home/anna/Dropbox'],
    ['/home/anna/Dropbox (Acme GmbH)/Packtrace', 'Dropbox', '/home/anna/Dropbox (Acme GmbH)'],
    ['C:\\Users\\anna\\OneDrive\\Packtrace', 'OneDrive', 'C:\\Users\\anna\\OneDrive'],
    ['C:\\Users\\anna\\OneDrive - Acme GmbH\\Packtrace', 'OneDrive', 'C:\\Users\\anna\\OneDrive - Acme GmbH'],
    ['G:\\My Drive\\Packtrace', 'Google Drive', 'G:\\My Drive'],
    ['/Users/anna/Google Drive/Packtrace', 'Google Drive', '/Users/anna/Google Drive'],
    ['/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.com/x', 'a macOS cloud storage provider', '/Users/anna/Library/CloudStorage'],
    ['/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Packtrace', 'iCloud Drive', '/Users/anna/Library/Mobile Documents'],
    ['C:\\Users\\anna\\iCloudDrive\\Packtrace', 'iCloud Drive', 'C:\\Users\\anna\\iCloudDrive'],
    ['/home/anna/dropbox/packtrace', 'Dropbox', '/home/anna/dropbox'],
  ])('rejects %s inside a sync folder', (dataDir, syncClient, folder) => {
    expect(assessDataDirLocation(dataDir, [])).toEqual({ code: 'sync-folder', syncClient, folder });
  });

  it('accepts names that only contain a sync client name', () => {
    expect(assessDataDirLocation('/home/anna/dropbox-export/Packtrace', [])).toBeNull();
    expect(assessDataDirLocation('C:\\Users\\anna\\AppData\\Roaming\\Packtrace', [])).toBeNull();
  });

  it('rejects a UNC path as an SMB share', () => {
    expect(assessDataDirLocation('\\\\fileserver\\warehouse\\Packtrace', [])).toEqual({
      code: 'network-filesystem',
      fsType: 'smb',
      mountPoint: '\\\\fileserver\\warehouse',
    });
  });

  it('accepts a local path without a mount table', () => {
    expect(assessDataDirLocation('/var/lib/packtrace', [])).toBeNull();
  });
});

describe('parseMountTable', () => {
  it('reads mount point and type', () => {
    const table = parseMountTable('/dev/sda1 / ext4 rw,relatime 0 0\nserver:/export /mnt/nfs nfs4 rw 0 0\n');
    expect(table).toEqual([
      { mountPoint: '/', fsType: 'ext4' },
      { mountPoint: '/mnt/nfs', fsType: 'nfs4' },
    ]);
  });

  it('decodes octal escapes in paths', () => {
    const table = parseMountTable('//srv/share /mnt/Warehouse\\040Share cifs rw 0 0\n');
    expect(table).toEqual([{ mountPoint: '/mnt/Warehouse Share', fsType: 'cifs' }]);
  });

  it('skips short and empty lines', () => {
    expect(parseMountTable('\n\nbroken line\n')).toEqual([]);
  });
});
