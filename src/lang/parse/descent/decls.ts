// The descent parser's declarations, pragmas, imports and units, and its entry: `parseValid`
// returns the unit of a file without syntax errors, or undefined for the grammar to report.
import type { IToken } from "chevrotain";
import type * as A from "../../ast.js";
import { SourceLines, type SourceFile } from "../../source.js";
import * as T from "../../tokens.js";
import { nodeId, qualIdentToExpr, tokenEnd } from "../nodes.js";
import { EXPR_STARTS } from "./exprs.js";
import {
  ASSIGN,
  BAIL,
  COLON,
  COMMA,
  DOT,
  END_OF_INPUT,
  EQUAL,
  IDENT,
  KW,
  L_PAREN,
  PRAGMA_ASSERT,
  PRAGMA_END,
  PRAGMA_EXTERNAL,
  PRAGMA_FATAL,
  PRAGMA_MARK,
  PRAGMA_STARTS,
  R_PAREN,
  SEMICOLON,
  SUBTYPE,
  indexSet,
} from "./reader.js";
import { DescentStmts } from "./stmts.js";

const KEYWORDS = indexSet(Object.values(T.K));

/** After a reserved word, these make the grammar report it as a declaration's name. */
const NAME_FOLLOWERS = indexSet([T.Colon, T.Equal, T.Comma, T.Subtype, T.Assign]);

/** Constructs closed by END (or UNTIL): what `deferredBlock` counts to find a block's END. */
const OPENS = indexSet([
  T.K.BEGIN,
  T.K.IF,
  T.K.WHILE,
  T.K.FOR,
  T.K.LOOP,
  T.K.REPEAT,
  T.K.CASE,
  T.K.TYPECASE,
  T.K.WITH,
  T.K.TRY,
  T.K.LOCK,
  T.K.RECORD,
  T.K.OBJECT,
]);
const CLOSES = indexSet([T.K.END, T.K.UNTIL]);

class DescentParser extends DescentStmts {
  /** Whether the unit's procedures keep their blocks as `DeferredBlock`s (see `deferredBlock`). */
  private deferBodies = false;

  parseUnit(source: SourceLines, tokens: readonly IToken[], deferBodies: boolean): A.Unit {
    this.begin(source, tokens);
    this.deferBodies = deferBodies;
    try {
      const unit = this.unit();
      if (!this.atEnd()) throw BAIL;
      return unit;
    } finally {
      this.deferBodies = false;
      this.end();
    }
  }

  /** A block alone: the tokens of one `DeferredBlock`. */
  parseBlock(source: SourceLines, tokens: readonly IToken[]): A.Block {
    this.begin(source, tokens);
    try {
      const block = this.block();
      if (!this.atEnd()) throw BAIL;
      return block;
    } finally {
      this.end();
    }
  }

  pragma(): A.Pragma {
    const first = this.peek();
    const args: A.Expr[] = [];
    let any = false;
    switch (first.tokenTypeIdx) {
      case PRAGMA_FATAL:
        this.pos++;
        if (this.accept(KW.ANY)) any = true;
        else
          do args.push(qualIdentToExpr(this.qualIdent()));
          while (this.accept(COMMA));
        break;
      case PRAGMA_EXTERNAL:
        this.pos++;
        if (EXPR_STARTS[this.kind()] === true) args.push(this.expr());
        if (this.accept(COLON)) {
          const convention = this.expect(IDENT);
          const name = this.ident(convention);
          args.push({ kind: "Name", id: nodeId(), name, span: this.tokenSpan(convention) });
        }
        break;
      case PRAGMA_MARK:
        this.pos++;
        break;
      default:
        throw BAIL;
    }
    this.expect(PRAGMA_END);
    return {
      kind: "Pragma",
      name: first.image.slice(2).trim(),
      args,
      any,
      span: this.spanFrom(first),
    };
  }

  /**
   * Declaration sections and the pragmas between them. A pragma attaches to the declarations of
   * the section that follows it, except FATAL, which stands as a declaration of its own.
   */
  decls(): A.Decl[] {
    const list: A.Decl[] = [];
    let pending: A.Pragma[] = [];
    for (;;) {
      const k = this.kind();
      if (PRAGMA_STARTS[k] === true) {
        const pragma = this.pragma();
        if (pragma.name === "FATAL")
          list.push({ kind: "PragmaDecl", pragma, pragmas: [], span: pragma.span });
        else pending.push(pragma);
        continue;
      }
      const section = this.section(k);
      if (section === undefined) break;
      for (const decl of section) {
        list.push(
          pending.length === 0 ? decl : { ...decl, pragmas: [...pending, ...decl.pragmas] },
        );
        pending = [];
      }
      pending = [];
    }
    // Pragmas with nothing after them (e.g. just before BEGIN) still reach the checker.
    for (const pragma of pending)
      list.push({ kind: "PragmaDecl", pragma, pragmas: [], span: pragma.span });
    return list;
  }

  /** The declaration section starting with token type `k`, or undefined if none does. */
  private section(k: number): A.Decl[] | undefined {
    switch (k) {
      case KW.CONST:
        return this.declarationList(() => this.constItem());
      case KW.TYPE:
        return this.declarationList(() => this.typeItem());
      case KW.VAR:
        return this.declarationList(() => this.varItem());
      case KW.EXCEPTION:
        return this.declarationList(() => this.exceptionItem());
      case KW.REVEAL:
        return this.declarationList(() => this.revealItem());
      case KW.PROCEDURE:
      case KW.FUNCTIONAL:
      case KW.EPHEMERAL:
        return [this.procedureDecl()];
      default:
        return undefined;
    }
  }

  /** `KEYWORD item…`: items continue while the tokens ahead are pragmas and then a name. */
  private declarationList(item: () => A.Decl): A.Decl[] {
    this.pos++;
    const list: A.Decl[] = [];
    while (this.nameAfterPragmas()) list.push(item());
    // `VAR END: INTEGER;`: the grammar reports a reserved word used as a name.
    if (KEYWORDS[this.kind()] === true && NAME_FOLLOWERS[this.kind(1)] === true) throw BAIL;
    return list;
  }

  /** True when the tokens ahead are pragmas (ASSERT too, as in the grammar's gate), then a name. */
  private nameAfterPragmas(): boolean {
    let ahead = 0;
    for (;;) {
      const k = this.kind(ahead);
      if (k === IDENT) return true;
      if (PRAGMA_STARTS[k] !== true && k !== PRAGMA_ASSERT) return false;
      ahead++;
      for (let next = this.kind(ahead); next !== PRAGMA_END; next = this.kind(ahead)) {
        if (next === END_OF_INPUT) return false;
        ahead++;
      }
      ahead++;
    }
  }

  /** The `;` that ends a declaration. */
  private declEnd(): void {
    this.expect(SEMICOLON);
  }

  /** `=` or `<:`: true for `<:`. */
  private relation(): boolean {
    if (this.accept(EQUAL)) return false;
    this.expect(SUBTYPE);
    return true;
  }

  private constItem(): A.Decl {
    const first = this.peek();
    const pragmas = this.pragmas();
    const name = this.expect(IDENT);
    const type = this.accept(COLON) ? this.type() : undefined;
    this.expect(EQUAL);
    const value = this.expr();
    const span = this.spanFrom(first);
    this.declEnd();
    const ident = this.ident(name);
    return type
      ? { kind: "ConstDecl", pragmas, name: ident, type, value, span }
      : { kind: "ConstDecl", pragmas, name: ident, value, span };
  }

  private typeItem(): A.Decl {
    const first = this.peek();
    const pragmas = this.pragmas();
    const name = this.expect(IDENT);
    const opaque = this.relation();
    const type = this.type();
    const span = this.spanFrom(first);
    this.declEnd();
    return { kind: "TypeDecl", pragmas, name: this.ident(name), opaque, type, span };
  }

  private varItem(): A.Decl {
    const first = this.peek();
    const pragmas = this.pragmas();
    const names = this.identList();
    const type = this.accept(COLON) ? this.type() : undefined;
    const init = this.accept(ASSIGN) ? this.expr() : undefined;
    const span = this.spanFrom(first);
    if (type === undefined && init === undefined) throw BAIL;
    this.declEnd();
    return {
      kind: "VarDecl",
      pragmas,
      names,
      ...(type ? { type } : {}),
      ...(init ? { init } : {}),
      span,
    };
  }

  private exceptionItem(): A.Decl {
    const first = this.peek();
    const pragmas = this.pragmas();
    const name = this.expect(IDENT);
    let argument: A.TypeNode | undefined;
    if (this.accept(L_PAREN)) {
      argument = this.type();
      this.expect(R_PAREN);
    }
    const span = this.spanFrom(first);
    this.declEnd();
    const ident = this.ident(name);
    return argument
      ? { kind: "ExceptionDecl", pragmas, name: ident, argument, span }
      : { kind: "ExceptionDecl", pragmas, name: ident, span };
  }

  private revealItem(): A.Decl {
    const first = this.peek();
    const pragmas = this.pragmas();
    const name = this.qualIdent();
    const partial = this.relation();
    const type = this.type();
    const span = this.spanFrom(first);
    this.declEnd();
    return { kind: "RevealDecl", pragmas, name, partial, type, span };
  }

  private procedureDecl(): A.Decl {
    const first = this.peek();
    const qualifiers = this.qualifiers();
    this.expect(KW.PROCEDURE);
    const name = this.expect(IDENT);
    const signature = this.signature();
    if (!this.accept(EQUAL)) {
      const span = this.spanFrom(first);
      this.declEnd();
      const ident = this.ident(name);
      return {
        kind: "ProcedureDecl",
        id: nodeId(),
        pragmas: [],
        qualifiers,
        name: ident,
        signature,
        span,
      };
    }
    const body = (this.deferBodies ? this.deferredBlock() : undefined) ?? this.eagerBlock();
    const endName = this.expect(IDENT);
    const span = this.spanFrom(first);
    // A mismatched END name is the grammar's to report.
    if (endName.image !== name.image) throw BAIL;
    this.declEnd();
    return {
      kind: "ProcedureDecl",
      id: nodeId(),
      pragmas: [],
      qualifiers,
      name: this.ident(name),
      signature,
      body,
      endName: this.ident(endName),
      span,
    };
  }

  /** A block parsed now, procedures declared in it included. */
  private eagerBlock(): A.Block {
    const deferBodies = this.deferBodies;
    this.deferBodies = false;
    try {
      return this.block();
    } finally {
      this.deferBodies = deferBodies;
    }
  }

  /**
   * Skips a procedure's block, `decls BEGIN stmts END`, by counting the constructs that END
   * closes, and says where it is. Only the tokens are read, so the block's syntax is not checked
   * here but when it is parsed. Undefined, with nothing consumed, when the block declares a
   * procedure of its own: that procedure's BEGIN and END are counted like the block's, and a
   * repeated name could make its END look like the block's, so such a block is parsed now.
   */
  private deferredBlock(): A.DeferredBlock | undefined {
    const tokens = this.tokens;
    const first = this.tokens[this.pos];
    if (first === undefined) return undefined;
    let depth = 0;
    let begun = false;
    for (let i = this.pos; i < tokens.length; i++) {
      const k = (tokens[i] as IToken).tokenTypeIdx;
      if (depth === 0 && !begun) {
        if (k === KW.PROCEDURE && tokens[i + 1]?.tokenTypeIdx === IDENT) return undefined;
        if (k === KW.BEGIN) begun = true;
      }
      if (OPENS[k] === true) {
        depth++;
      } else if (CLOSES[k] === true) {
        depth--;
        if (depth < 0) return undefined;
        if (depth === 0 && begun) {
          if (k !== KW.END) return undefined;
          const last = tokens[i] as IToken;
          this.pos = i + 1;
          return {
            kind: "DeferredBlock",
            source: this.source,
            start: first.startOffset,
            end: tokenEnd(last),
            line: first.startLine ?? 1,
            lineStart: first.startOffset - ((first.startColumn ?? 1) - 1),
            span: this.spanFrom(first),
          };
        }
      }
    }
    return undefined;
  }

  private imports(): A.Import[] {
    const list: A.Import[] = [];
    for (;;) {
      const first = this.peek();
      if (first.tokenTypeIdx === KW.IMPORT) {
        this.pos++;
        const items: { name: A.Ident; alias?: A.Ident }[] = [];
        do {
          const name = this.identifier();
          items.push(this.accept(KW.AS) ? { name, alias: this.identifier() } : { name });
        } while (this.accept(COMMA));
        this.expect(SEMICOLON);
        list.push({ kind: "Import", items, span: this.spanFrom(first) });
      } else if (first.tokenTypeIdx === KW.FROM) {
        this.pos++;
        const module = this.identifier();
        this.expect(KW.IMPORT);
        const names = this.identList();
        this.expect(SEMICOLON);
        list.push({ kind: "FromImport", module, names, span: this.spanFrom(first) });
      } else {
        return list;
      }
    }
  }

  private unit(): A.Unit {
    const first = this.peek();
    const unsafe = this.accept(KW.UNSAFE);
    if (this.accept(KW.INTERFACE)) {
      const name = this.expect(IDENT);
      this.expect(SEMICOLON);
      const imports = this.imports();
      const decls = this.decls();
      this.expect(KW.END);
      const endName = this.endName(name);
      return {
        kind: "Interface",
        unsafe,
        name: this.ident(name),
        imports,
        decls,
        endName,
        span: this.spanFrom(first),
      };
    }
    // GENERIC units, like anything else here, are left to the grammar to report.
    this.expect(KW.MODULE);
    const name = this.expect(IDENT);
    const exports = this.accept(KW.EXPORTS) ? this.identList() : [];
    this.expect(SEMICOLON);
    const imports = this.imports();
    const decls = this.decls();
    this.expect(KW.BEGIN);
    const body = this.stmts();
    this.expect(KW.END);
    const endName = this.endName(name);
    return {
      kind: "Module",
      unsafe,
      name: this.ident(name),
      exports,
      imports,
      decls,
      body,
      endName,
      span: this.spanFrom(first),
    };
  }

  /** `Name.` closing a unit; a mismatched name is the grammar's to report. */
  private endName(name: IToken): A.Ident {
    const endName = this.expect(IDENT);
    this.expect(DOT);
    if (endName.image !== name.image) throw BAIL;
    return this.ident(endName);
  }
}

let instance: DescentParser | undefined;

/**
 * The unit of a file that has no syntax error, or undefined at the first error (or anything
 * else the grammar would report): then the recovering grammar parses the file and words the
 * errors. Valid files, nearly all that are parsed, never reach chevrotain.
 */
export function parseValid(
  file: SourceFile,
  tokens: readonly IToken[],
  deferBodies = false,
): A.Unit | undefined {
  instance ??= new DescentParser();
  try {
    return instance.parseUnit(new SourceLines(file.path, file.text), tokens, deferBodies);
  } catch (caught) {
    if (caught === BAIL) return undefined;
    throw caught;
  }
}

/** The block of a `DeferredBlock`, given its tokens; undefined if it has a syntax error. */
export function parseValidBlock(
  source: SourceLines,
  tokens: readonly IToken[],
): A.Block | undefined {
  instance ??= new DescentParser();
  try {
    return instance.parseBlock(source, tokens);
  } catch (caught) {
    if (caught === BAIL) return undefined;
    throw caught;
  }
}
