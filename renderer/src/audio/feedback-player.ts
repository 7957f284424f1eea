import { toneTable, type FeedbackSound } from './tone-table';

/** Peak gain of a tone: loud enough for a warehouse and below clipping. */
const peakGain = 0.35;
/** Fade in and out per tone, in seconds, so tones start and stop without clicks. */
const rampSeconds = 0.008;

let context: AudioContext | null = null;
/** Share of `peakGain` the station's sound setting allows, 0 (silent) to 1. */
let volumeShare = 1;

/** Sets the volume of feedback sounds from the station settings; `enabled` false silences them. */
export function setFeedbackVolume(enabled: boolean, volumePercent: number): void {
  volumeShare = enabled ? Math.min(Math.max(volumePercent, 0), 100) / 100 : 0;
}

/**
 * Creates or resumes the audio context. Browsers start it suspended until a user gesture, so the
 * app calls this from the first key or click.
 */
export function unlockFeedbackAudio(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') {
      void context.resume();
    }
  } catch {
    // No audio device: the banner still shows every verdict.
    context = null;
  }
}

/** Plays the pattern of a feedback sound with the Web Audio API; silent without an audio device. */
export function playFeedbackSound(sound: FeedbackSound): void {
  unlockFeedbackAudio();
  if (context === null || volumeShare === 0) {
    return;
  }
  const toneGain = peakGain * volumeShare;

  let startAt = context.currentTime + 0.01;
  for (const tone of toneTable[sound]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const endAt = startAt + tone.durationMs / 1000;

    oscillator.type = tone.waveform;
    oscillator.frequency.setValueAtTime(tone.frequencyHz, startAt);
    gain.gain.setValueAtTime(0, startAt);
    gain.gain.linearRampToValueAtTime(toneGain, startAt + rampSeconds);
    gain.gain.setValueAtTime(toneGain, endAt - rampSeconds);
    gain.gain.linearRampToValueAtTime(0, endAt);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(startAt);
    oscillator.stop(endAt);

    startAt = endAt + tone.pauseAfterMs / 1000;
  }
}
