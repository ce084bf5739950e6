// Type syntax: names, enumerations, subranges, arrays, records, sets, references, objects,
// procedure signatures and packed types.
import type { IToken, TokenType } from "chevrotain";
import type * as A from "../ast.js";
import * as T from "../tokens.js";
import { ParserCore } from "./core.js";
import { fitted, nodeId } from "./nodes.js";

interface ObjectParts {
  readonly first: IToken;
  readonly untraced: boolean;
  readonly brand?: A.Brand;
  readonly fields: A.Field[];
  readonly methods: A.MethodDecl[];
  readonly overrides: A.Override[];
}

export function lastName(names: readonly A.Ident[]): string {
  return names[names.length - 1]?.name ?? "";
}

export abstract class TypeRules extends ParserCore {
  private readonly qualifiedPart = (): IToken => {
    this.CONSUME(T.Dot);
    return this.CONSUME2(T.Ident);
  };

  qualIdent = this.RULE(
    "qualIdent",
    (): A.QualIdent => {
      const first = this.CONSUME(T.Ident);
      const second = this.OPTION(this.qualifiedPart);
      if (this.RECORDING_PHASE) return this.errorQualIdent();
      if (second === undefined) {
        const name = this.ident(first);
        return { kind: "QualIdent", id: nodeId(), name, span: name.span };
      }
      return {
        kind: "QualIdent",
        id: nodeId(),
        qualifier: this.ident(first),
        name: this.ident(second),
        span: this.spanFrom(first),
      };
    },
    { recoveryValueFunc: () => this.errorQualIdent() },
  );

  protected errorQualIdent(): A.QualIdent {
    const name = this.errorIdent();
    return { kind: "QualIdent", id: nodeId(), name, span: name.span };
  }

  /** The type the object-suffix loop is extending (read before recursing, like `postfix`). */
  private typeSoFar: A.TypeNode | undefined;
  private typeAlternatives: { ALT: () => A.TypeNode }[] | undefined;

  type = this.RULE(
    "type",
    (): A.TypeNode => {
      this.typeSoFar = this.OR((this.typeAlternatives ??= this.typeForms()));
      this.MANY(this.objectStep);
      return this.typeSoFar;
    },
    { recoveryValueFunc: () => this.errorType() },
  );

  private readonly objectStep = (): void => {
    const base = this.typeSoFar;
    const parts = this.SUBRULE(this.objectSuffix);
    if (!this.RECORDING_PHASE) this.typeSoFar = this.objectType(parts, base);
  };

  private typeForms(): { ALT: () => A.TypeNode }[] {
    return [
      {
        ALT: () => {
          const name = this.SUBRULE(this.qualIdent);
          if (this.RECORDING_PHASE) return this.errorType();
          return { kind: "NamedType", id: nodeId(), name, span: name.span };
        },
      },
      { ALT: () => this.SUBRULE(this.typeLiteral) },
      { ALT: () => this.SUBRULE(this.procedureType) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const inner = this.SUBRULE(this.type);
          this.CONSUME(T.RParen);
          return inner;
        },
      },
    ];
  }

  /** Types that cannot be mistaken for an expression, so they may also stand as actuals. */
  typeLiteral = this.RULE(
    "typeLiteral",
    (): A.TypeNode =>
      this.OR([
        { ALT: () => this.SUBRULE(this.arrayType) },
        {
          ALT: () => {
            const first = this.CONSUME(T.K.BITS);
            const bits = this.SUBRULE(this.expr);
            this.CONSUME(T.K.FOR);
            const base = this.SUBRULE(this.type);
            return this.ACTION((): A.TypeNode => ({
              kind: "PackedType",
              id: nodeId(),
              bits,
              base,
              span: this.spanFrom(first),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.enumType) },
        {
          ALT: () => {
            const first = this.CONSUME(T.LBracket);
            const low = this.SUBRULE2(this.expr);
            this.CONSUME(T.DotDot);
            const high = this.SUBRULE3(this.expr);
            this.CONSUME(T.RBracket);
            return this.ACTION((): A.TypeNode => ({
              kind: "SubrangeType",
              id: nodeId(),
              low,
              high,
              span: this.spanFrom(first),
            }));
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.K.RECORD);
            const fields = this.SUBRULE(this.fields);
            this.CONSUME(T.K.END);
            return this.ACTION((): A.TypeNode => ({
              kind: "RecordType",
              id: nodeId(),
              fields,
              span: this.spanFrom(first),
            }));
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.K.SET);
            this.CONSUME(T.K.OF);
            const element = this.SUBRULE2(this.type);
            return this.ACTION((): A.TypeNode => ({
              kind: "SetType",
              id: nodeId(),
              element,
              span: this.spanFrom(first),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.refOrObjectType) },
      ]),
    { recoveryValueFunc: () => this.errorType() },
  );

  private arrayType = this.RULE(
    "arrayType",
    (): A.TypeNode => {
      const first = this.CONSUME(T.K.ARRAY);
      const indexes: A.TypeNode[] = [];
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => {
          indexes.push(this.SUBRULE(this.type));
        },
      });
      this.CONSUME(T.K.OF);
      const element = this.SUBRULE2(this.type);
      return this.ACTION((): A.TypeNode => ({
        kind: "ArrayType",
        id: nodeId(),
        indexes,
        element,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => this.errorType() },
  );

  private enumType = this.RULE(
    "enumType",
    (): A.TypeNode => {
      const first = this.CONSUME(T.LBrace);
      const values: A.Ident[] = [];
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => {
          const name = this.CONSUME(T.Ident);
          this.ACTION(() => values.push(this.ident(name)));
        },
      });
      this.CONSUME(T.RBrace);
      return this.ACTION((): A.TypeNode => ({
        kind: "EnumType",
        id: nodeId(),
        values,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => this.errorType() },
  );

  /** `[UNTRACED] [BRANDED [b]] REF T` or `[UNTRACED] [BRANDED [b]] OBJECT … END`. */
  private refOrObjectType = this.RULE(
    "refOrObjectType",
    (): A.TypeNode => {
      const first = this.LA(1);
      const untraced = this.OPTION(() => this.CONSUME(T.K.UNTRACED)) !== undefined;
      const brand = this.OPTION2(() => this.SUBRULE(this.brand));
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(T.K.REF);
            const target = this.SUBRULE(this.type);
            return this.ACTION((): A.TypeNode => ({
              kind: "RefType",
              id: nodeId(),
              untraced,
              ...(brand ? { brand } : {}),
              target,
              span: this.spanFrom(first),
            }));
          },
        },
        {
          ALT: () => {
            const parts = this.SUBRULE(this.objectBody);
            return this.ACTION(() =>
              this.objectType({ ...parts, first, untraced, ...(brand ? { brand } : {}) }),
            );
          },
        },
      ]);
    },
    { recoveryValueFunc: () => this.errorType() },
  );

  private brand = this.RULE(
    "brand",
    (): A.Brand => {
      const first = this.CONSUME(T.K.BRANDED);
      const name = this.OPTION({
        GATE: () => {
          const next = this.LA(1).tokenType;
          return next !== T.K.REF && next !== T.K.OBJECT;
        },
        DEF: () => this.SUBRULE(this.expr),
      });
      return this.ACTION((): A.Brand => ({
        kind: "Brand",
        ...(name ? { name } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: (): A.Brand => ({ kind: "Brand", span: this.hereSpan() }) },
  );

  /** `[BRANDED [b]] OBJECT … END` after a supertype. */
  protected objectSuffix = this.RULE(
    "objectSuffix",
    (): ObjectParts => {
      const first = this.LA(1);
      const brand = this.OPTION(() => this.SUBRULE(this.brand));
      const parts = this.SUBRULE(this.objectBody);
      return { ...parts, first, untraced: false, ...(brand ? { brand } : {}) };
    },
    {
      recoveryValueFunc: (): ObjectParts => ({
        first: this.LA(0),
        untraced: false,
        fields: [],
        methods: [],
        overrides: [],
      }),
    },
  );

  private objectBody = this.RULE(
    "objectBody",
    (): Omit<ObjectParts, "untraced" | "brand"> => {
      const first = this.CONSUME(T.K.OBJECT);
      const fields = this.SUBRULE(this.fields);
      const methods = this.OPTION(() => {
        this.CONSUME(T.K.METHODS);
        return this.SUBRULE(this.methods);
      });
      const overrides = this.OPTION2(() => {
        this.CONSUME(T.K.OVERRIDES);
        return this.SUBRULE(this.overrides);
      });
      this.CONSUME(T.K.END);
      return { first, fields, methods: methods ?? [], overrides: overrides ?? [] };
    },
    { recoveryValueFunc: () => ({ first: this.LA(0), fields: [], methods: [], overrides: [] }) },
  );

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
  private fields = this.RULE(
    "fields",
    (): A.Field[] => {
      const fields: A.Field[] = [];
      this.MANY(() => {
        const field = this.SUBRULE(this.field);
        this.ACTION(() => fields.push(field));
        this.separator(() => `after the field '${lastName(field.names)}'`, T.Ident);
      });
      return fields;
    },
    { recoveryValueFunc: (): A.Field[] => [] },
  );

  private field = this.RULE(
    "field",
    (): A.Field => {
      // Pragmas such as <*UNUSED*> may precede a field; the span starts at its names.
      const pragmas: A.Pragma[] = [];
      this.MANY(() => {
        const pragma = this.SUBRULE(this.pragma);
        this.ACTION(() => pragmas.push(pragma));
      });
      const first = this.LA(1);
      const names = this.SUBRULE(this.identList);
      const type = this.OPTION(() => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.type);
      });
      const value = this.OPTION2(() => {
        this.CONSUME(T.Assign);
        return this.SUBRULE(this.expr);
      });
      return this.ACTION((): A.Field => {
        if (type === undefined && value === undefined) this.missingTypeOrValue(names);
        return {
          kind: "Field",
          names,
          ...(type ? { type } : {}),
          ...(value ? { default: value } : {}),
          pragmas,
          span: this.spanFrom(first),
        };
      });
    },
    {
      recoveryValueFunc: (): A.Field => ({
        kind: "Field",
        names: [],
        pragmas: [],
        span: this.hereSpan(),
      }),
    },
  );

  protected missingTypeOrValue(names: readonly A.Ident[]): void {
    this.expectedHere(
      "E1108",
      `expected ':' and a type, or ':=' and a value, after '${lastName(names)}'`,
    );
  }

  identList = this.RULE(
    "identList",
    (): A.Ident[] => {
      const names: A.Ident[] = [];
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const name = this.CONSUME(T.Ident);
          this.ACTION(() => names.push(this.ident(name)));
        },
      });
      return names;
    },
    { recoveryValueFunc: (): A.Ident[] => [] },
  );

  private methods = this.RULE(
    "methods",
    (): A.MethodDecl[] => {
      const methods: A.MethodDecl[] = [];
      this.MANY(() => {
        const pragmas: A.Pragma[] = [];
        this.MANY2(() => {
          const pragma = this.SUBRULE(this.pragma);
          this.ACTION(() => pragmas.push(pragma));
        });
        const qualifiers = this.SUBRULE(this.qualifiers);
        const name = this.CONSUME(T.Ident);
        const signature = this.SUBRULE(this.signature);
        const value = this.OPTION(() => {
          this.CONSUME(T.Assign);
          return this.SUBRULE(this.expr);
        });
        this.ACTION(() =>
          methods.push({
            kind: "MethodDecl",
            ...(qualifiers.length > 0 ? { qualifiers } : {}),
            name: this.ident(name),
            signature,
            ...(value ? { default: value } : {}),
            pragmas,
            span: this.spanFrom(name),
          }),
        );
        this.separator(() => `after the method '${name.image}'`, T.Ident);
      });
      return methods;
    },
    { recoveryValueFunc: (): A.MethodDecl[] => [] },
  );

  private overrides = this.RULE(
    "overrides",
    (): A.Override[] => {
      const overrides: A.Override[] = [];
      this.MANY(() => {
        const name = this.CONSUME(T.Ident);
        this.CONSUME(T.Assign);
        const value = this.SUBRULE(this.expr);
        this.ACTION(() =>
          overrides.push({
            kind: "Override",
            name: this.ident(name),
            value,
            span: this.spanFrom(name),
          }),
        );
        this.separator(() => `after the override of '${name.image}'`, T.Ident);
      });
      return overrides;
    },
    { recoveryValueFunc: (): A.Override[] => [] },
  );

  /**
   * An optional `;` between list items: when it is missing and another item follows (its first
   * token is `next`), says so and carries on as if it were there.
   */
  protected separator(what: () => string, ...next: readonly TokenType[]): void {
    const semicolon = this.OPTION9(() => this.CONSUME9(T.Semicolon));
    this.ACTION(() => {
      if (semicolon !== undefined) return;
      const following = this.LA(1).tokenType;
      if (next.includes(following)) this.expectedHere("E1110", `expected ';' ${what()}`);
    });
  }

  protected procedureType = this.RULE(
    "procedureType",
    (): A.TypeNode => {
      const first = this.LA(1);
      const qualifiers = this.SUBRULE(this.qualifiers);
      this.CONSUME(T.K.PROCEDURE);
      const signature = this.SUBRULE(this.signature);
      return this.ACTION((): A.TypeNode => ({
        kind: "ProcedureType",
        id: nodeId(),
        qualifiers,
        signature,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => this.errorType() },
  );

  private qualifierAlternatives: { ALT: () => IToken }[] | undefined;

  qualifiers = this.RULE(
    "qualifiers",
    (): A.ProcedureQualifier[] => {
      const qualifiers: A.ProcedureQualifier[] = [];
      this.MANY(() => {
        this.OR(
          (this.qualifierAlternatives ??= [
            { ALT: () => this.CONSUME(T.K.FUNCTIONAL) },
            { ALT: () => this.CONSUME(T.K.EPHEMERAL) },
          ]),
        );
        this.ACTION(() => {
          const word = this.LA(0).image;
          qualifiers.push(word === "FUNCTIONAL" ? "FUNCTIONAL" : "EPHEMERAL");
        });
      });
      return qualifiers;
    },
    { recoveryValueFunc: (): A.ProcedureQualifier[] => [] },
  );

  signature = this.RULE(
    "signature",
    (): A.Signature => {
      const first = this.CONSUME(T.LParen);
      const formals: A.Formal[] = [];
      this.MANY(() => {
        const formal = this.SUBRULE(this.formal);
        this.ACTION(() => formals.push(formal));
        this.separator(
          () => `after the formal '${lastName(formal.names)}'`,
          T.Ident,
          T.K.VAR,
          T.K.VALUE,
          T.K.READONLY,
        );
      });
      this.CONSUME(T.RParen);
      const result = this.OPTION(() => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.type);
      });
      const raises = this.OPTION2(() => this.SUBRULE(this.raises));
      return this.ACTION((): A.Signature => ({
        kind: "Signature",
        formals: fitted(formals),
        ...(result ? { result } : {}),
        raises: raises ?? { kind: "RaisesNone" },
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => this.errorSignature() },
  );

  // Alternatives built once: per-call closures were a measurable share of the parse.
  private modeAlternatives: { ALT: () => IToken }[] | undefined;
  private readonly formalMode = (): IToken =>
    this.OR(
      (this.modeAlternatives ??= [
        { ALT: () => this.CONSUME(T.K.VALUE) },
        { ALT: () => this.CONSUME(T.K.VAR) },
        { ALT: () => this.CONSUME(T.K.READONLY) },
      ]),
    );

  private formal = this.RULE(
    "formal",
    (): A.Formal => {
      const first = this.LA(1);
      const pragmas: A.Pragma[] = [];
      this.MANY(() => {
        const pragma = this.SUBRULE(this.pragma);
        this.ACTION(() => pragmas.push(pragma));
      });
      const mode = this.OPTION(this.formalMode);
      const names = this.SUBRULE(this.identList);
      const type = this.OPTION2(() => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.type);
      });
      const value = this.OPTION3(() => {
        this.CONSUME(T.Assign);
        return this.SUBRULE(this.expr);
      });
      return this.ACTION((): A.Formal => {
        if (type === undefined && value === undefined) this.missingTypeOrValue(names);
        const modeName: A.FormalMode =
          mode?.image === "VAR" ? "VAR" : mode?.image === "READONLY" ? "READONLY" : "VALUE";
        return {
          kind: "Formal",
          mode: modeName,
          names,
          ...(type ? { type } : {}),
          ...(value ? { default: value } : {}),
          pragmas,
          span: this.spanFrom(first),
        };
      });
    },
    {
      recoveryValueFunc: (): A.Formal => ({
        kind: "Formal",
        mode: "VALUE",
        names: [],
        pragmas: [],
        span: this.hereSpan(),
      }),
    },
  );

  private raises = this.RULE(
    "raises",
    (): A.Raises => {
      const first = this.CONSUME(T.K.RAISES);
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(T.K.ANY);
            return this.ACTION((): A.Raises => ({ kind: "RaisesAny", span: this.spanFrom(first) }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBrace);
            const names: A.QualIdent[] = [];
            this.MANY_SEP({
              SEP: T.Comma,
              DEF: () => {
                names.push(this.SUBRULE(this.qualIdent));
              },
            });
            this.CONSUME(T.RBrace);
            return this.ACTION((): A.Raises => ({
              kind: "RaisesList",
              names,
              span: this.spanFrom(first),
            }));
          },
        },
      ]);
    },
    { recoveryValueFunc: (): A.Raises => ({ kind: "RaisesNone" }) },
  );
}
