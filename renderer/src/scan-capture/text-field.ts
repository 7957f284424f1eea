/** Input types that take typed text; others (checkbox, button, file, range) are not text fields. */
const textInputTypes: ReadonlySet<string> = new Set(['text', 'search', 'url', 'tel', 'password', 'email', 'number']);

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Returns the element as a text field when typing into it would change its value. */
export function asTextField(element: Element | null): TextField | null {
  if (element instanceof HTMLTextAreaElement && !element.readOnly && !element.disabled) {
    return element;
  }
  if (element instanceof HTMLInputElement && textInputTypes.has(element.type) && !element.readOnly && !element.disabled) {
    return element;
  }
  return null;
}

/**
 * Types held-back characters into a field as if the keys had reached it: at the caret, replacing
 * a selection, then an `input` event so React's onChange sees the new value. Types without a
 * selection API (number, email) get the text appended.
 */
export function typeIntoField(field: TextField, text: string): void {
  if (field.selectionStart !== null && field.selectionEnd !== null) {
    field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
  } else {
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // The prototype setter bypasses React's value tracker, so React notices the change.
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, field.value + text);
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
