import { definePolicy } from '../define-policy';

/** The recipient's status forbids mailings ("deceased", "not available"). */
export const statusPolicy = definePolicy({
  name: 'status-forbids-mailings',
  evaluate(request) {
    const status = request.recipient.status;
    return status?.forbidsMailings === true
      ? { reason: 'recipient_status_blocked', detail: status.name }
      : undefined;
  },
});

/** The recipient is in a group that forbids mailings ("do not mail"). */
export const groupPolicy = definePolicy({
  name: 'group-forbids-mailings',
  evaluate(request) {
    const groups = request.recipient.groups;
    if (groups === undefined) return undefined;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      if (group.forbidsMailings) return { reason: 'recipient_group_blocked', detail: group.name };
    }
    return undefined;
  },
});

/** The user who scheduled the message no longer exists. */
export const senderDeletedPolicy = definePolicy({
  name: 'sender-deleted',
  evaluate(request) {
    const sender = request.context.sender;
    return sender?.deleted === true ? { reason: 'sender_deleted', detail: sender.id } : undefined;
  },
});

/** A role address (info@, sales@) rather than a person's. */
export const roleAddressPolicy = definePolicy({
  name: 'role-address',
  evaluate(request) {
    return request.role ? { reason: 'role_address', detail: request.address } : undefined;
  },
});

/** An address at a known throw-away domain. */
export const disposableAddressPolicy = definePolicy({
  name: 'disposable-address',
  evaluate(request) {
    return request.disposable
      ? { reason: 'disposable_address', detail: request.domain }
      : undefined;
  },
});
