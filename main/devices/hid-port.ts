/**
 * The part of node-hid that Packtrace uses, as an interface so device code can run against a
 * recorded device in tests. The real implementation is createNodeHidPort in node-hid-port.ts.
 */

/** One HID interface as enumerated by hidapi; one physical device may list several. */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  /** Operating-system path that opens this interface; absent when hidapi could not read it. */
  readonly path?: string | undefined;
  readonly serialNumber?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly product?: string | undefined;
  /** Top-level usage page of the interface's report descriptor, such as 0x8C for a bar code scanner. */
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
}

/** An open HID interface. Input reports arrive as 'data' with the report ID as the first byte. */
export interface HidConnection {
  on(event: 'data', listener: (report: Buffer) => void): void;
  /** Raised when reading fails, which is how an unplugged device shows up. */
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
}

export interface HidPort {
  /** Lists every HID interface currently attached. */
  devices(): ReadonlyArray<HidDeviceInfo>;
  /** Opens one interface by path; throws when the operating system refuses it. */
  open(path: string): HidConnection;
}
