import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('kardeş-şehirler-2026')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting letters, not bytes', () => {
    expect(passwordProblem('şşşşşşşşşşş')).toEqual({ rule: 'too_short', reason: 'must be at least 12 characters', params: { min: 12 } });
    expect(passwordProblem('şşşşşşşşşşşş')).toBeNull();
  });

  it.each(['1qaz2wsx3edc', 'qwerty123456', 'QWERTY123456'])('refuses %j, one of the 10,000 most common', (password) => {
    expect(passwordProblem(password)).toMatchObject({ rule: 'password_too_common', reason: expect.stringMatching(/most common passwords/) });
  });
});
