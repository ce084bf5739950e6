// Declaration syntax: CONST, TYPE, VAR, EXCEPTION, REVEAL and PROCEDURE sections, pragmas
// (attached to the declaration that follows them), imports, and the INTERFACE/MODULE units.
import { isRecognitionException, type IToken, type ParserMethod, type TokenType } from "chevrotain";
import type * as A from "../ast.js";
import * as T from "../tokens.js";
import { DECLARATION_STOPS, describeToken } from "./core.js";
import { nodeId, qualIdentToExpr } from "./nodes.js";
import { StmtRules } from "./stmts.js";

/** What the unit rule has seen so far, so a unit survives errors after its header. */
interface PartialUnit {
  first: IToken;
  kind: "Interface" | "Module";
  unsafe: boolean;
  name: A.Ident;
  exports: A.Ident[];
  imports: A.Import[];
  decls: A.Decl[];
  body: A.Stmt[];
}

type DeclItem = A.Pragma | (A.Decl | undefined)[];

export abstract class DeclRules extends StmtRules {
  private partial: PartialUnit | undefined;

  protected resetPartial(): void {
    this.partial = undefined;
  }

  pragma = this.RULE(
    "pragma",
    (): A.Pragma => {
      const first = this.LA(1);
      const args: A.Expr[] = [];
      let any = false;
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.PragmaFatal);
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.K.ANY);
                  any = true;
                },
              },
              {
                ALT: () => {
                  this.AT_LEAST_ONE_SEP({
                    SEP: T.Comma,
                    DEF: () => {
                      const name = this.SUBRULE(this.qualIdent);
                      this.ACTION(() => args.push(qualIdentToExpr(name)));
                    },
                  });
                },
              },
            ]);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.PragmaExternal);
            this.OPTION(() => {
              const arg = this.SUBRULE(this.expr);
              this.ACTION(() => args.push(arg));
            });
            this.OPTION2(() => {
              this.CONSUME(T.Colon);
              const convention = this.CONSUME(T.Ident);
              this.ACTION(() =>
                args.push({
                  kind: "Name",
                  id: nodeId(),
                  name: this.ident(convention),
                  span: this.tokenSpan(convention),
                }),
              );
            });
          },
        },
        { ALT: () => this.CONSUME(T.PragmaMark) },
      ]);
      this.CONSUME(T.PragmaEnd);
      return this.ACTION((): A.Pragma => ({
        kind: "Pragma",
        name: first.image.slice(2).trim(),
        args,
        any,
        span: this.spanFrom(first),
      }));
    },
    {
      recoveryValueFunc: (): A.Pragma => ({
        kind: "Pragma",
        name: "",
        args: [],
        any: false,
        span: this.hereSpan(),
      }),
    },
  );

  private leadingPragmas = this.RULE(
    "leadingPragmas",
    (): A.Pragma[] => {
      const pragmas: A.Pragma[] = [];
      this.MANY(() => {
        const pragma = this.SUBRULE(this.pragma);
        this.ACTION(() => pragmas.push(pragma));
      });
      return pragmas;
    },
    { recoveryValueFunc: (): A.Pragma[] => [] },
  );

  // Alternatives built once: per-call closures were a measurable share of the parse.
  private declAlternatives: { ALT: () => DeclItem }[] | undefined;
  private sectionAlternatives: { ALT: () => (A.Decl | undefined)[] }[] | undefined;

  /** A pragma before a declaration, or one declaration section. */
  private declForms(): { ALT: () => DeclItem }[] {
    return [
      { ALT: () => this.SUBRULE(this.pragma) },
      {
        ALT: () =>
          this.OR2(
            (this.sectionAlternatives ??= [
              { ALT: () => this.SUBRULE(this.constSection) },
              { ALT: () => this.SUBRULE(this.typeSection) },
              { ALT: () => this.SUBRULE(this.varSection) },
              { ALT: () => this.SUBRULE(this.exceptionSection) },
              { ALT: () => this.SUBRULE(this.revealSection) },
              { ALT: () => [this.SUBRULE(this.procedureDecl)] },
            ]),
          ),
      },
    ];
  }

  decls = this.RULE(
    "decls",
    (): A.Decl[] => {
      const list: A.Decl[] = [];
      let pending: A.Pragma[] = [];
      this.MANY(() => {
        const item = this.OR((this.declAlternatives ??= this.declForms()));
        if (this.RECORDING_PHASE) return;
        if (!Array.isArray(item)) {
          if (item.name === "FATAL") {
            list.push({ kind: "PragmaDecl", pragma: item, pragmas: [], span: item.span });
          } else {
            pending.push(item);
          }
          return;
        }
        for (const decl of item) {
          if (decl === undefined) continue;
          list.push(
            pending.length === 0 ? decl : { ...decl, pragmas: [...pending, ...decl.pragmas] },
          );
          pending = [];
        }
        pending = [];
      });
      this.ACTION(() => {
        // Pragmas with nothing after them (e.g. just before BEGIN) still reach the checker.
        for (const pragma of pending)
          list.push({ kind: "PragmaDecl", pragma, pragmas: [], span: pragma.span });
      });
      return list;
    },
    { recoveryValueFunc: (): A.Decl[] => [] },
  );

  /** The `;` ending a declaration; when missing, says so and skips to where parsing can resume. */
  private declEnd(name: () => string): void {
    const semicolon = this.OPTION9(() => this.CONSUME9(T.Semicolon));
    this.ACTION(() => {
      if (semicolon !== undefined) return;
      this.report(
        "E1110",
        `expected ';' after the declaration of '${name()}', found ${describeToken(this.LA(1))}`,
        this.tokenSpan(this.LA(1)),
      );
      this.skipToSync();
    });
  }

  /**
   * `KEYWORD item…`: the body every declaration section shares. An item that fails is skipped to
   * the next declaration, so one bad declaration does not hide the errors of the next.
   */
  private declarationList(
    keyword: TokenType,
    item: ParserMethod<[], A.Decl | undefined>,
  ): (A.Decl | undefined)[] {
    this.CONSUME(keyword);
    const list: (A.Decl | undefined)[] = [];
    this.MANY({
      GATE: () => this.aheadAfterPragmas(T.Ident),
      DEF: () => {
        const first = this.LA(1);
        try {
          const decl = this.SUBRULE(item);
          this.ACTION(() => list.push(decl));
        } catch (caught) {
          this.recoverDeclaration(caught, first);
        }
      },
    });
    this.reservedWordAsName();
    return list;
  }

  private constSection = this.RULE(
    "constSection",
    (): (A.Decl | undefined)[] => this.declarationList(T.K.CONST, this.constItem),
    { recoveryValueFunc: (): (A.Decl | undefined)[] => [] },
  );

  private constItem = this.RULE(
    "constItem",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const pragmas = this.SUBRULE(this.leadingPragmas);
      const name = this.CONSUME(T.Ident);
      const type = this.OPTION(() => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.type);
      });
      this.CONSUME(T.Equal);
      const value = this.SUBRULE(this.expr);
      const span = this.ACTION(() => this.spanFrom(first));
      this.declEnd(() => name.image);
      return this.ACTION((): A.Decl => ({
        kind: "ConstDecl",
        pragmas,
        name: this.ident(name),
        ...(type ? { type } : {}),
        value,
        span,
      }));
    },
    { resyncEnabled: false },
  );

  private typeSection = this.RULE(
    "typeSection",
    (): (A.Decl | undefined)[] => this.declarationList(T.K.TYPE, this.typeItem),
    { recoveryValueFunc: (): (A.Decl | undefined)[] => [] },
  );

  private typeItem = this.RULE(
    "typeItem",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const pragmas = this.SUBRULE(this.leadingPragmas);
      const name = this.CONSUME(T.Ident);
      const relation = this.OR({
        ERR_MSG: "'=' or '<:'",
        DEF: [{ ALT: () => this.CONSUME(T.Equal) }, { ALT: () => this.CONSUME(T.Subtype) }],
      });
      const type = this.SUBRULE(this.type);
      const span = this.ACTION(() => this.spanFrom(first));
      this.declEnd(() => name.image);
      return this.ACTION((): A.Decl => ({
        kind: "TypeDecl",
        pragmas,
        name: this.ident(name),
        opaque: relation.tokenType === T.Subtype,
        type,
        span,
      }));
    },
    { resyncEnabled: false },
  );

  private varSection = this.RULE(
    "varSection",
    (): (A.Decl | undefined)[] => this.declarationList(T.K.VAR, this.varItem),
    { recoveryValueFunc: (): (A.Decl | undefined)[] => [] },
  );

  private varItem = this.RULE(
    "varItem",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const pragmas = this.SUBRULE(this.leadingPragmas);
      const names = this.SUBRULE(this.identList);
      const type = this.OPTION(() => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.type);
      });
      const init = this.OPTION2(() => {
        this.CONSUME(T.Assign);
        return this.SUBRULE(this.expr);
      });
      const span = this.ACTION(() => this.spanFrom(first));
      const failed = this.ACTION(() => {
        if (this.LA(1).tokenType === T.Equal) {
          this.report(
            "E1107",
            "expected ':=' before a variable's initial value, found '='",
            this.tokenSpan(this.LA(1)),
          );
          this.skipToSync();
          return true;
        }
        if (type === undefined && init === undefined) {
          this.missingTypeOrValue(names);
          this.skipToSync();
          return true;
        }
        return false;
      });
      if (!failed) this.declEnd(() => names[names.length - 1]?.name ?? "");
      return this.ACTION((): A.Decl => ({
        kind: "VarDecl",
        pragmas,
        names,
        ...(type ? { type } : {}),
        ...(init ? { init } : {}),
        span,
      }));
    },
    { resyncEnabled: false },
  );

  private exceptionSection = this.RULE(
    "exceptionSection",
    (): (A.Decl | undefined)[] => this.declarationList(T.K.EXCEPTION, this.exceptionItem),
    { recoveryValueFunc: (): (A.Decl | undefined)[] => [] },
  );

  private exceptionItem = this.RULE(
    "exceptionItem",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const pragmas = this.SUBRULE(this.leadingPragmas);
      const name = this.CONSUME(T.Ident);
      const argument = this.OPTION(() => {
        this.CONSUME(T.LParen);
        const type = this.SUBRULE(this.type);
        this.CONSUME(T.RParen);
        return type;
      });
      const span = this.ACTION(() => this.spanFrom(first));
      this.declEnd(() => name.image);
      return this.ACTION((): A.Decl => ({
        kind: "ExceptionDecl",
        pragmas,
        name: this.ident(name),
        ...(argument ? { argument } : {}),
        span,
      }));
    },
    { resyncEnabled: false },
  );

  private revealSection = this.RULE(
    "revealSection",
    (): (A.Decl | undefined)[] => this.declarationList(T.K.REVEAL, this.revealItem),
    { recoveryValueFunc: (): (A.Decl | undefined)[] => [] },
  );

  private revealItem = this.RULE(
    "revealItem",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const pragmas = this.SUBRULE(this.leadingPragmas);
      const name = this.SUBRULE(this.qualIdent);
      const relation = this.OR({
        ERR_MSG: "'=' or '<:'",
        DEF: [{ ALT: () => this.CONSUME(T.Equal) }, { ALT: () => this.CONSUME(T.Subtype) }],
      });
      const type = this.SUBRULE(this.type);
      const span = this.ACTION(() => this.spanFrom(first));
      this.declEnd(() => name.name.name);
      return this.ACTION((): A.Decl => ({
        kind: "RevealDecl",
        pragmas,
        name,
        partial: relation.tokenType === T.Subtype,
        type,
        span,
      }));
    },
    { resyncEnabled: false },
  );

  /** `VAR END: INTEGER;` — a reserved word where a declaration's name should be. */
  private reservedWordAsName(): void {
    if (this.RECORDING_PHASE) return;
    const word = this.LA(1);
    const after = this.LA(2).tokenType;
    if (!T.keywordByName.has(word.image)) return;
    if (
      after !== T.Colon &&
      after !== T.Equal &&
      after !== T.Comma &&
      after !== T.Subtype &&
      after !== T.Assign
    ) {
      return;
    }
    this.report(
      "E1112",
      `'${word.image}' is a reserved word and cannot name a declaration`,
      this.tokenSpan(word),
    );
    this.SKIP_TOKEN();
    this.skipAfterError(undefined, DECLARATION_STOPS);
  }

  /** Items do not re-synchronise themselves: skip to the `;` that ends the broken one. */
  private recoverDeclaration(caught: unknown, first: IToken): void {
    if (!(caught instanceof Error) || !isRecognitionException(caught)) throw caught;
    this.skipAfterError(first, DECLARATION_STOPS);
  }

  private procedureDecl = this.RULE(
    "procedureDecl",
    (): A.Decl | undefined => {
      const first = this.LA(1);
      const qualifiers = this.SUBRULE(this.qualifiers);
      this.CONSUME(T.K.PROCEDURE);
      const name = this.CONSUME(T.Ident);
      const signature = this.SUBRULE(this.signature);
      const implementation = this.OPTION(() => {
        this.CONSUME(T.Equal);
        const body = this.SUBRULE(this.block);
        const endName = this.CONSUME2(T.Ident);
        return { body, endName };
      });
      const span = this.ACTION(() => this.spanFrom(first));
      this.ACTION(() => {
        if (implementation) this.checkEndName(implementation.endName, name.image, "procedure");
      });
      this.declEnd(() => name.image);
      return this.ACTION((): A.Decl => ({
        kind: "ProcedureDecl",
        id: nodeId(),
        pragmas: [],
        qualifiers,
        name: this.ident(name),
        signature,
        ...(implementation
          ? { body: implementation.body, endName: this.ident(implementation.endName) }
          : {}),
        span,
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private checkEndName(endName: IToken, expected: string, what: string): void {
    if (endName.isInsertedInRecovery === true || endName.image === "" || expected === "") return;
    if (endName.image !== expected) {
      this.report(
        "E1105",
        `END name '${endName.image}' does not match ${what} '${expected}'`,
        this.tokenSpan(endName),
      );
    }
  }

  // -- imports and units -----------------------------------------------------------------------

  private imports = this.RULE(
    "imports",
    (): A.Import[] => {
      const list: A.Import[] = [];
      this.MANY(() => {
        const item = this.OR([
          {
            ALT: () => {
              const first = this.CONSUME(T.K.IMPORT);
              const items: { name: A.Ident; alias?: A.Ident }[] = [];
              this.AT_LEAST_ONE_SEP({
                SEP: T.Comma,
                DEF: () => {
                  const name = this.CONSUME(T.Ident);
                  const alias = this.OPTION(() => {
                    this.CONSUME(T.K.AS);
                    return this.CONSUME2(T.Ident);
                  });
                  this.ACTION(() =>
                    items.push({
                      name: this.ident(name),
                      ...(alias ? { alias: this.ident(alias) } : {}),
                    }),
                  );
                },
              });
              this.CONSUME(T.Semicolon);
              return this.ACTION((): A.Import => ({
                kind: "Import",
                items,
                span: this.spanFrom(first),
              }));
            },
          },
          {
            ALT: () => {
              const first = this.CONSUME(T.K.FROM);
              const module = this.CONSUME3(T.Ident);
              this.CONSUME2(T.K.IMPORT);
              const names = this.SUBRULE(this.identList);
              this.CONSUME2(T.Semicolon);
              return this.ACTION((): A.Import => ({
                kind: "FromImport",
                module: this.ident(module),
                names,
                span: this.spanFrom(first),
              }));
            },
          },
        ]);
        this.ACTION(() => {
          list.push(item);
          this.partial?.imports.push(item);
        });
      });
      return list;
    },
    { recoveryValueFunc: (): A.Import[] => [] },
  );

  unit = this.RULE(
    "unit",
    (): A.Unit | undefined => {
      const first = this.LA(1);
      const unsafe = this.OPTION(() => this.CONSUME(T.K.UNSAFE)) !== undefined;
      this.OPTION2(() => {
        const generic = this.CONSUME(T.K.GENERIC);
        this.ACTION(() =>
          this.report(
            "E1111",
            "generic interfaces and modules are not supported",
            this.tokenSpan(generic),
          ),
        );
      });
      return this.OR({
        ERR_MSG: "INTERFACE or MODULE",
        DEF: [
          {
            ALT: () => {
              this.CONSUME(T.K.INTERFACE);
              const name = this.CONSUME(T.Ident);
              this.startUnit(first, "Interface", unsafe, name, []);
              this.CONSUME(T.Semicolon);
              const imports = this.SUBRULE(this.imports);
              const decls = this.SUBRULE(this.decls);
              this.ACTION(() => this.partial?.decls.push(...decls));
              this.CONSUME(T.K.END);
              const endName = this.CONSUME2(T.Ident);
              this.CONSUME(T.Dot);
              return this.ACTION((): A.Unit => {
                this.checkEndName(endName, name.image, "interface");
                return {
                  kind: "Interface",
                  unsafe,
                  name: this.ident(name),
                  imports,
                  decls,
                  endName: this.ident(endName),
                  span: this.spanFrom(first),
                };
              });
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.K.MODULE);
              const name = this.CONSUME3(T.Ident);
              const exports = this.OPTION3(() => {
                this.CONSUME(T.K.EXPORTS);
                return this.SUBRULE(this.identList);
              });
              this.startUnit(first, "Module", unsafe, name, exports ?? []);
              this.CONSUME2(T.Semicolon);
              const imports = this.SUBRULE2(this.imports);
              // The module's block is parsed here rather than by `block` so that its parts
              // survive in the partial unit if a later error stops the unit rule.
              const blockStart = this.LA(1);
              const decls = this.SUBRULE2(this.decls);
              this.ACTION(() => this.partial?.decls.push(...decls));
              this.CONSUME(T.K.BEGIN);
              const body = this.SUBRULE(this.stmts);
              this.ACTION(() => this.partial?.body.push(...body));
              this.CONSUME2(T.K.END);
              const block = this.ACTION((): A.Block => ({
                kind: "Block",
                decls,
                body,
                span: this.spanFrom(blockStart),
              }));
              const endName = this.CONSUME4(T.Ident);
              this.CONSUME2(T.Dot);
              return this.ACTION((): A.Unit => {
                this.checkEndName(endName, name.image, "module");
                return {
                  kind: "Module",
                  unsafe,
                  name: this.ident(name),
                  exports: exports ?? [],
                  imports,
                  decls: block.decls,
                  body: block.body,
                  endName: this.ident(endName),
                  span: this.spanFrom(first),
                };
              });
            },
          },
        ],
      });
    },
    { recoveryValueFunc: () => this.partialUnit() },
  );

  private startUnit(
    first: IToken,
    kind: PartialUnit["kind"],
    unsafe: boolean,
    name: IToken,
    exports: A.Ident[],
  ): void {
    this.ACTION(() => {
      this.partial = {
        first,
        kind,
        unsafe,
        name: this.ident(name),
        exports,
        imports: [],
        decls: [],
        body: [],
      };
    });
  }

  /** The unit as far as it was parsed, when an error stopped the unit rule itself. */
  private partialUnit(): A.Unit | undefined {
    const partial = this.partial;
    if (partial === undefined) return undefined;
    const span = this.spanFrom(partial.first);
    const common = {
      unsafe: partial.unsafe,
      name: partial.name,
      imports: partial.imports,
      decls: partial.decls,
      endName: { ...partial.name, id: nodeId(), span: this.hereSpan() },
      span,
    };
    return partial.kind === "Interface"
      ? { kind: "Interface", ...common }
      : { kind: "Module", exports: partial.exports, body: partial.body, ...common };
  }
}
