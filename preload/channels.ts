/** The channel list the preload exposes; see main/api/channel-names.ts for why it is separate. */
export { channelNames } from '../main/api/channel-names';
