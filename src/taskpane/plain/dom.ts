// The few DOM calls the plain pane needs, limited to what Internet Explorer 11 has (no append,
// no replaceChildren, no NodeList.forEach, no classList toggles with a second argument).

export type Child = Node | string | null | false;

export interface Attributes {
  className?: string;
  testId?: string;
  role?: string;
  lang?: string;
  id?: string;
  style?: string;
  disabled?: boolean;
  /** A label's control (the `for` attribute): a select or an input gets its name from it. */
  htmlFor?: string;
  /** -1: focusable by script only (an outcome region that takes the focus). */
  tabIndex?: number;
  ariaLabel?: string;
  /** The id of the words that say why a control cannot be used now. */
  describedBy?: string;
  onClick?: () => void;
}

/** An element with attributes and children; falsy children are skipped. */
export function el(tag: string, attributes: Attributes, children: Child[] = []): HTMLElement {
  const element = document.createElement(tag);
  if (attributes.className) element.className = attributes.className;
  if (attributes.testId) element.setAttribute("data-testid", attributes.testId);
  if (attributes.role) element.setAttribute("role", attributes.role);
  if (attributes.lang) element.setAttribute("lang", attributes.lang);
  if (attributes.id) element.id = attributes.id;
  if (attributes.style) element.setAttribute("style", attributes.style);
  if (attributes.disabled) element.setAttribute("disabled", "disabled");
  if (attributes.htmlFor) element.setAttribute("for", attributes.htmlFor);
  if (attributes.tabIndex !== undefined) element.tabIndex = attributes.tabIndex;
  if (attributes.ariaLabel) element.setAttribute("aria-label", attributes.ariaLabel);
  if (attributes.describedBy) element.setAttribute("aria-describedby", attributes.describedBy);
  const onClick = attributes.onClick;
  if (onClick) element.addEventListener("click", () => onClick());
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === null || child === false) continue;
    element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Empties an element and puts one child in. */
export function replaceContent(parent: HTMLElement, child: Node): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.appendChild(child);
}

/** A <select> with its options and the chosen value. */
export function select(
  id: string,
  options: { value: string; text: string }[],
  chosen: string,
  disabled: boolean,
  onChange: (value: string) => void
): HTMLSelectElement {
  const element = el("select", { id, disabled }) as HTMLSelectElement;
  for (let i = 0; i < options.length; i++) {
    const option = document.createElement("option");
    option.value = options[i].value;
    option.appendChild(document.createTextNode(options[i].text));
    if (options[i].value === chosen) option.selected = true;
    element.appendChild(option);
  }
  element.addEventListener("change", () => onChange(element.value));
  return element;
}

/** The pane's look, as one style element (IE11 has no CSS variables; colours are literal). */
export function addStyles(css: string): void {
  const style = document.createElement("style");
  style.setAttribute("type", "text/css");
  style.appendChild(document.createTextNode(css));
  document.getElementsByTagName("head")[0].appendChild(style);
}
