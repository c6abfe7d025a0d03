import { describe, expect, it } from 'vitest';
import { secretsOfEnv, secretsOfUrl } from './url-secrets';

describe('the secrets mailgate verify never prints', () => {
  it('should find the password of a URL, also of one it cannot parse', () => {
    expect(secretsOfUrl('smtp://u:p%40ss@host')).toEqual(['p%40ss', 'p@ss']);
    expect(secretsOfUrl('smtp//u:hunter2@host')).toEqual(['hunter2']);
    expect(secretsOfUrl('smtp://host:587')).toEqual([]);
  });

  it('should find the secrets a transport reads from the environment, not the rest', () => {
    expect(
      secretsOfEnv({
        AWS_ACCESS_KEY_ID: 'AKIDPUBLIC',
        AWS_SECRET_ACCESS_KEY: 'aws-secret',
        MAILGATE_GRAPH_ACCESS_TOKEN: ' graph-token ',
        MAILGATE_GMAIL_REFRESH_TOKEN: '1//refresh',
        MAILGATE_SES_ENDPOINT: 'http://127.0.0.1:4566',
      }),
    ).toEqual(['aws-secret', 'graph-token', '1//refresh']);
  });
});
