/** `+212612345678` → `06 12 34 56 78`, the form people read and dial in Morocco; anything else as stored. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/^\+212/, '');
  return /^\d{9}$/.test(digits) ? `0${digits}`.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}
