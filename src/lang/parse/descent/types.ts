// The descent parser's type syntax: names, enumerations, subranges, arrays, records, sets,
// references, objects, procedure signatures and packed types, as the grammar's types.ts builds them.
import type { IToken } from "chevrotain";
import type * as A from "../../ast.js";
import { NameOnlyNode } from "../compact-nodes.js";
import { nodeId } from "../nodes.js";
import {
  ASSIGN,
  BAIL,
  COLON,
  COMMA,
  DOT,
  DOT_DOT,
  DescentReader,
  IDENT,
  KW,
  L_BRACE,
  L_BRACKET,
  L_PAREN,
  PRAGMA_STARTS,
  R_BRACE,
  R_BRACKET,
  R_PAREN,
  SEMICOLON,
} from "./reader.js";

interface ObjectParts {
  readonly first: IToken;
  readonly untraced: boolean;
  readonly brand: A.Brand | undefined;
  readonly fields: A.Field[];
  readonly methods: A.MethodDecl[];
  readonly overrides: A.Override[];
}

/** The tokens a type literal (a type that may also stand as an expression) starts with. */
export const TYPE_LITERAL_STARTS: readonly boolean[] = (() => {
  const table: boolean[] = [];
  for (const k of [
    KW.ARRAY,
    KW.BITS,
    KW.RECORD,
    KW.SET,
    KW.UNTRACED,
    KW.BRANDED,
    KW.REF,
    KW.OBJECT,
    L_BRACE,
    L_BRACKET,
  ])
    table[k] = true;
  return table;
})();

export abstract class DescentTypes extends DescentReader {
  protected qualIdent(): A.QualIdent {
    const first = this.expect(IDENT);
    if (this.kind() !== DOT) {
      const name = this.ident(first);
      return new NameOnlyNode("QualIdent", nodeId(), name);
    }
    this.pos++;
    const second = this.expect(IDENT);
    const qualifier = this.ident(first);
    const name = this.ident(second);
    return { kind: "QualIdent", id: nodeId(), qualifier, name, span: this.spanFrom(first) };
  }

  type(): A.TypeNode {
    let type: A.TypeNode;
    const k = this.kind();
    if (k === IDENT) {
      const name = this.qualIdent();
      type = new NameOnlyNode("NamedType", nodeId(), name);
    } else if (TYPE_LITERAL_STARTS[k] === true) {
      type = this.typeLiteral();
    } else if (k === KW.PROCEDURE || k === KW.FUNCTIONAL || k === KW.EPHEMERAL) {
      type = this.procedureType();
    } else if (k === L_PAREN) {
      this.pos++;
      type = this.type();
      this.expect(R_PAREN);
    } else {
      throw BAIL;
    }
    return this.objectSuffixes(type);
  }

  /** `T OBJECT … END`, `T BRANDED OBJECT … END`, repeated: each a subtype of the type before. */
  protected objectSuffixes(type: A.TypeNode): A.TypeNode {
    let result = type;
    for (let k = this.kind(); k === KW.OBJECT || k === KW.BRANDED; k = this.kind()) {
      result = this.objectType(this.objectSuffix(), result);
    }
    return result;
  }

  /** Types that cannot be mistaken for an expression, so they may also stand as operands. */
  protected typeLiteral(): A.TypeNode {
    const first = this.peek();
    switch (first.tokenTypeIdx) {
      case KW.ARRAY:
        return this.arrayType(first);
      case KW.BITS: {
        this.pos++;
        const bits = this.expr();
        this.expect(KW.FOR);
        const base = this.type();
        return { kind: "PackedType", id: nodeId(), bits, base, span: this.spanFrom(first) };
      }
      case L_BRACE:
        return this.enumType(first);
      case L_BRACKET: {
        this.pos++;
        const low = this.expr();
        this.expect(DOT_DOT);
        const high = this.expr();
        this.expect(R_BRACKET);
        return { kind: "SubrangeType", id: nodeId(), low, high, span: this.spanFrom(first) };
      }
      case KW.RECORD: {
        this.pos++;
        const fields = this.fields();
        this.expect(KW.END);
        return { kind: "RecordType", id: nodeId(), fields, span: this.spanFrom(first) };
      }
      case KW.SET: {
        this.pos++;
        this.expect(KW.OF);
        const element = this.type();
        return { kind: "SetType", id: nodeId(), element, span: this.spanFrom(first) };
      }
      default:
        return this.refOrObjectType(first);
    }
  }

  private arrayType(first: IToken): A.TypeNode {
    this.pos++;
    const indexes: A.TypeNode[] = [];
    if (this.kind() !== KW.OF) {
      indexes.push(this.type());
      while (this.accept(COMMA)) indexes.push(this.type());
    }
    this.expect(KW.OF);
    const element = this.type();
    return { kind: "ArrayType", id: nodeId(), indexes, element, span: this.spanFrom(first) };
  }

  private enumType(first: IToken): A.TypeNode {
    this.pos++;
    const values: A.Ident[] = [];
    if (this.kind() === IDENT) {
      values.push(this.identifier());
      while (this.accept(COMMA)) values.push(this.identifier());
    }
    this.expect(R_BRACE);
    return { kind: "EnumType", id: nodeId(), values, span: this.spanFrom(first) };
  }

  /** `[UNTRACED] [BRANDED [b]] REF T` or `[UNTRACED] [BRANDED [b]] OBJECT … END`. */
  private refOrObjectType(first: IToken): A.TypeNode {
    const untraced = this.accept(KW.UNTRACED);
    const brand = this.kind() === KW.BRANDED ? this.brand() : undefined;
    if (this.accept(KW.REF)) {
      const target = this.type();
      const span = this.spanFrom(first);
      return brand
        ? { kind: "RefType", id: nodeId(), untraced, brand, target, span }
        : { kind: "RefType", id: nodeId(), untraced, target, span };
    }
    const body = this.objectBody();
    return this.objectType({ ...body, first, untraced, brand });
  }

  private brand(): A.Brand {
    const first = this.expect(KW.BRANDED);
    const next = this.kind();
    if (next === KW.REF || next === KW.OBJECT) {
      return { kind: "Brand", span: this.spanFrom(first) };
    }
    const name = this.expr();
    return { kind: "Brand", name, span: this.spanFrom(first) };
  }

  /** `[BRANDED [b]] OBJECT … END` after a supertype. */
  protected objectSuffix(): ObjectParts {
    const first = this.peek();
    const brand = this.kind() === KW.BRANDED ? this.brand() : undefined;
    const body = this.objectBody();
    return { ...body, first, untraced: false, brand };
  }

  private objectBody(): Omit<ObjectParts, "first" | "untraced" | "brand"> {
    this.expect(KW.OBJECT);
    const fields = this.fields();
    const methods = this.accept(KW.METHODS) ? this.methods() : [];
    const overrides = this.accept(KW.OVERRIDES) ? this.overrides() : [];
    this.expect(KW.END);
    return { fields, methods, overrides };
  }

  /** Builds an object type; with a supertype the span starts at the supertype. */
  protected objectType(parts: ObjectParts, supertype?: A.TypeNode): A.TypeNode {
    const span = supertype ? this.spanFromSpan(supertype.span) : this.spanFrom(parts.first);
    return {
      kind: "ObjectType",
      id: nodeId(),
      ...(supertype ? { supertype } : {}),
      untraced: parts.untraced,
      ...(parts.brand ? { brand: parts.brand } : {}),
      fields: parts.fields,
      methods: parts.methods,
      overrides: parts.overrides,
      span,
    };
  }

  /** Fields of records and objects: `a, b: T := d;` separated by `;`. */
  private fields(): A.Field[] {
    const fields: A.Field[] = [];
    for (let k = this.kind(); k === IDENT || PRAGMA_STARTS[k] === true; k = this.kind()) {
      fields.push(this.field());
      this.separator();
    }
    return fields;
  }

  private field(): A.Field {
    const pragmas = this.pragmas();
    const first = this.peek();
    const names = this.identList();
    const type = this.accept(COLON) ? this.type() : undefined;
    const value = this.accept(ASSIGN) ? this.expr() : undefined;
    if (type === undefined && value === undefined) throw BAIL;
    return {
      kind: "Field",
      names,
      ...(type ? { type } : {}),
      ...(value ? { default: value } : {}),
      pragmas,
      span: this.spanFrom(first),
    };
  }

  /**
   * The `;` between items of a field, method, override or formal list: optional before the end
   * of the list, but the grammar reports it missing before another item (an identifier, or for
   * formals a mode keyword).
   */
  private separator(formal = false): void {
    if (this.accept(SEMICOLON)) return;
    const k = this.kind();
    if (k === IDENT || (formal && (k === KW.VAR || k === KW.VALUE || k === KW.READONLY)))
      throw BAIL;
  }

  private methods(): A.MethodDecl[] {
    const methods: A.MethodDecl[] = [];
    for (
      let k = this.kind();
      k === IDENT || k === KW.FUNCTIONAL || k === KW.EPHEMERAL || PRAGMA_STARTS[k] === true;
      k = this.kind()
    ) {
      const pragmas = this.pragmas();
      const qualifiers = this.qualifiers();
      const name = this.expect(IDENT);
      const signature = this.signature();
      const value = this.accept(ASSIGN) ? this.expr() : undefined;
      methods.push({
        kind: "MethodDecl",
        ...(qualifiers.length > 0 ? { qualifiers } : {}),
        name: this.ident(name),
        signature,
        ...(value ? { default: value } : {}),
        pragmas,
        span: this.spanFrom(name),
      });
      this.separator();
    }
    return methods;
  }

  private overrides(): A.Override[] {
    const overrides: A.Override[] = [];
    while (this.kind() === IDENT) {
      const name = this.expect(IDENT);
      this.expect(ASSIGN);
      const value = this.expr();
      overrides.push({
        kind: "Override",
        name: this.ident(name),
        value,
        span: this.spanFrom(name),
      });
      this.separator();
    }
    return overrides;
  }

  protected procedureType(): A.TypeNode {
    const first = this.peek();
    const qualifiers = this.qualifiers();
    this.expect(KW.PROCEDURE);
    const signature = this.signature();
    return {
      kind: "ProcedureType",
      id: nodeId(),
      qualifiers,
      signature,
      span: this.spanFrom(first),
    };
  }

  /** SPIN's `FUNCTIONAL` and `EPHEMERAL`, in the order written. */
  protected qualifiers(): A.ProcedureQualifier[] {
    const qualifiers: A.ProcedureQualifier[] = [];
    for (;;) {
      if (this.accept(KW.FUNCTIONAL)) qualifiers.push("FUNCTIONAL");
      else if (this.accept(KW.EPHEMERAL)) qualifiers.push("EPHEMERAL");
      else return qualifiers;
    }
  }

  protected signature(): A.Signature {
    const first = this.expect(L_PAREN);
    const formals: A.Formal[] = [];
    for (
      let k = this.kind();
      k === IDENT ||
      k === KW.VAR ||
      k === KW.VALUE ||
      k === KW.READONLY ||
      PRAGMA_STARTS[k] === true;
      k = this.kind()
    ) {
      formals.push(this.formal());
      this.separator(true);
    }
    this.expect(R_PAREN);
    const result = this.accept(COLON) ? this.type() : undefined;
    const raises: A.Raises = this.kind() === KW.RAISES ? this.raises() : { kind: "RaisesNone" };
    const span = this.spanFrom(first);
    return result
      ? { kind: "Signature", formals: formals.slice(), result, raises, span }
      : { kind: "Signature", formals: formals.slice(), raises, span };
  }

  private formal(): A.Formal {
    const first = this.peek();
    const pragmas = this.pragmas();
    let mode: A.FormalMode = "VALUE";
    if (this.accept(KW.VAR)) mode = "VAR";
    else if (this.accept(KW.READONLY)) mode = "READONLY";
    else this.accept(KW.VALUE);
    const names = this.identList();
    const type = this.accept(COLON) ? this.type() : undefined;
    const value = this.accept(ASSIGN) ? this.expr() : undefined;
    if (type === undefined && value === undefined) throw BAIL;
    return {
      kind: "Formal",
      mode,
      names,
      ...(type ? { type } : {}),
      ...(value ? { default: value } : {}),
      pragmas,
      span: this.spanFrom(first),
    };
  }

  private raises(): A.Raises {
    const first = this.expect(KW.RAISES);
    if (this.accept(KW.ANY)) return { kind: "RaisesAny", span: this.spanFrom(first) };
    this.expect(L_BRACE);
    const names: A.QualIdent[] = [];
    if (this.kind() !== R_BRACE) {
      names.push(this.qualIdent());
      while (this.accept(COMMA)) names.push(this.qualIdent());
    }
    this.expect(R_BRACE);
    return { kind: "RaisesList", names: names.slice(), span: this.spanFrom(first) };
  }
}
