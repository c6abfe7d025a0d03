// How strings the database could not keep exactly are stored: core's store kit.
export { fromStoredText as fromStored, toStoredText as toStored } from '@mailgate/core/store-kit';
