/** Components available in every MDX article without an import (see docs/writing.md). */
import Blank from "./Blank.astro";
import Calculator from "./Calculator.astro";
import Callout from "./Callout.astro";
import Contact from "./Contact.astro";
import Template from "./Template.astro";
import Term from "./Term.astro";

export const mdxComponents = { Blank, Calculator, Callout, Contact, Template, Term };
