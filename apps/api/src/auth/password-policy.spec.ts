import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('kardeş-şehirler-2026')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting letters, not bytes', () => {
    expect(passwordProblem('şşşşşşşşşşş')).toBe('must be at least 12 characters');
    expect(passwordProblem('şşşşşşşşşşşş')).toBeNull();
  });

  it.each(['1qaz2wsx3edc', 'qwerty123456', 'QWERTY123456'])('refuses %j, one of the 10,000 most common', (password) => {
    expect(passwordProblem(password)).toMatch(/most common passwords/);
  });
});
