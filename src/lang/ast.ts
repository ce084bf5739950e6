// The abstract syntax of Spindle's Modula-3: discriminated unions, one span on every node.
// The parser builds it, the type checker annotates it through side tables keyed by node identity.
import type { SourceLines, Span } from "./source.js";

export interface Ident {
  readonly kind: "Ident";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly name: string;
  readonly span: Span;
}

/** `Name` or `Interface.Name`. */
export interface QualIdent {
  readonly kind: "QualIdent";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly qualifier?: Ident;
  readonly name: Ident;
  readonly span: Span;
}

/** `<* NAME args *>`; args kept as expressions where the pragma takes them (FATAL, ASSERT). */
export interface Pragma {
  readonly kind: "Pragma";
  readonly name: string;
  readonly args: readonly Expr[];
  /** `<*FATAL ANY*>` */
  readonly any: boolean;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Units

export type Unit = InterfaceUnit | ModuleUnit;

export interface InterfaceUnit {
  readonly kind: "Interface";
  readonly unsafe: boolean;
  readonly name: Ident;
  readonly imports: readonly Import[];
  readonly decls: readonly Decl[];
  readonly endName: Ident;
  readonly span: Span;
}

export interface ModuleUnit {
  readonly kind: "Module";
  readonly unsafe: boolean;
  readonly name: Ident;
  /** Explicit `EXPORTS` list; empty means the module exports the interface of its own name. */
  readonly exports: readonly Ident[];
  readonly imports: readonly Import[];
  readonly decls: readonly Decl[];
  readonly body: readonly Stmt[];
  readonly endName: Ident;
  readonly span: Span;
}

export type Import = ImportAll | FromImport;

/** `IMPORT A, B AS C;` */
export interface ImportAll {
  readonly kind: "Import";
  readonly items: readonly { readonly name: Ident; readonly alias?: Ident }[];
  readonly span: Span;
}

/** `FROM A IMPORT x, y;` */
export interface FromImport {
  readonly kind: "FromImport";
  readonly module: Ident;
  readonly names: readonly Ident[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Declarations

export type Decl =
  ConstDecl | TypeDecl | VarDecl | ExceptionDecl | ProcedureDecl | RevealDecl | PragmaDecl;

interface DeclBase {
  /** Pragmas written immediately before the declaration (`<*INLINE*>`, `<*OBSOLETE*>`, …). */
  readonly pragmas: readonly Pragma[];
  readonly span: Span;
}

export interface ConstDecl extends DeclBase {
  readonly kind: "ConstDecl";
  readonly name: Ident;
  readonly type?: TypeNode;
  readonly value: Expr;
}

/** `T = Type` or, for opaque types, `T <: Type`. */
export interface TypeDecl extends DeclBase {
  readonly kind: "TypeDecl";
  readonly name: Ident;
  readonly opaque: boolean;
  readonly type: TypeNode;
}

export interface VarDecl extends DeclBase {
  readonly kind: "VarDecl";
  readonly names: readonly Ident[];
  readonly type?: TypeNode;
  readonly init?: Expr;
}

export interface ExceptionDecl extends DeclBase {
  readonly kind: "ExceptionDecl";
  readonly name: Ident;
  readonly argument?: TypeNode;
}

/** SPIN's qualifiers, written before PROCEDURE: `FUNCTIONAL PROCEDURE P(…)`. */
export type ProcedureQualifier = "FUNCTIONAL" | "EPHEMERAL";

export interface ProcedureDecl extends DeclBase {
  readonly kind: "ProcedureDecl";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly qualifiers: readonly ProcedureQualifier[];
  readonly name: Ident;
  readonly signature: Signature;
  /**
   * Absent in interfaces; present in modules. Deferred when the file was parsed with
   * `deferBodies` (see `DeferredBlock`).
   */
  readonly body?: Block | DeferredBlock;
  readonly endName?: Ident;
}

/** `REVEAL T = Type` (full revelation) or `REVEAL T <: Type` (partial). */
export interface RevealDecl extends DeclBase {
  readonly kind: "RevealDecl";
  readonly name: QualIdent;
  readonly partial: boolean;
  readonly type: TypeNode;
}

/** A pragma standing alone among declarations, e.g. `<*FATAL Wr.Failure*>`. */
export interface PragmaDecl extends DeclBase {
  readonly kind: "PragmaDecl";
  readonly pragma: Pragma;
}

export interface Block {
  readonly kind: "Block";
  readonly decls: readonly Decl[];
  readonly body: readonly Stmt[];
  readonly span: Span;
}

/**
 * A procedure's block kept as the place of its text, from its first token to its END: what
 * `parse(file, { deferBodies: true })` leaves for `parseDeferredBlock` to parse when the block is
 * wanted. The checker parses, checks and drops one block at a time, so the nodes of a body never
 * outlive its check. The text has not been parsed yet: a syntax error in it is found only then.
 */
export interface DeferredBlock {
  readonly kind: "DeferredBlock";
  /** The file, shared by its nodes (spans of offsets are derived from its line starts). */
  readonly source: SourceLines;
  /** Offset of the block's first token and just past its END. */
  readonly start: number;
  readonly end: number;
  /** Where `start` is: its line, and the offset at which that line begins. */
  readonly line: number;
  readonly lineStart: number;
  readonly span: Span;
}

export type FormalMode = "VALUE" | "VAR" | "READONLY";

export interface Formal {
  readonly kind: "Formal";
  readonly mode: FormalMode;
  readonly names: readonly Ident[];
  readonly type?: TypeNode;
  readonly default?: Expr;
  readonly pragmas: readonly Pragma[];
  readonly span: Span;
}

/** Absent RAISES means `RAISES {}`. */
export type Raises =
  | { readonly kind: "RaisesNone" }
  | { readonly kind: "RaisesAny"; readonly span: Span }
  | { readonly kind: "RaisesList"; readonly names: readonly QualIdent[]; readonly span: Span };

export interface Signature {
  readonly kind: "Signature";
  readonly formals: readonly Formal[];
  readonly result?: TypeNode;
  readonly raises: Raises;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Types

export type TypeNode =
  | NamedType
  | EnumType
  | SubrangeType
  | ArrayType
  | RecordType
  | SetType
  | RefType
  | ObjectType
  | ProcedureType
  | PackedType;

export interface NamedType {
  readonly kind: "NamedType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly name: QualIdent;
  readonly span: Span;
}

export interface EnumType {
  readonly kind: "EnumType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly values: readonly Ident[];
  readonly span: Span;
}

/** `[low .. high]` */
export interface SubrangeType {
  readonly kind: "SubrangeType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly low: Expr;
  readonly high: Expr;
  readonly span: Span;
}

/** `ARRAY I, J OF T` keeps both index types; `ARRAY OF T` (open) has none. */
export interface ArrayType {
  readonly kind: "ArrayType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly indexes: readonly TypeNode[];
  readonly element: TypeNode;
  readonly span: Span;
}

export interface Field {
  readonly kind: "Field";
  readonly names: readonly Ident[];
  readonly type?: TypeNode;
  readonly default?: Expr;
  /** Pragmas written before the field, such as `<*UNUSED*>` or `<*OBSOLETE*>`. */
  readonly pragmas: readonly Pragma[];
  readonly span: Span;
}

export interface RecordType {
  readonly kind: "RecordType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly fields: readonly Field[];
  readonly span: Span;
}

export interface SetType {
  readonly kind: "SetType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly element: TypeNode;
  readonly span: Span;
}

/** `BRANDED` alone (the compiler invents a unique brand) or `BRANDED "name"`. */
export interface Brand {
  readonly kind: "Brand";
  readonly name?: Expr;
  readonly span: Span;
}

export interface RefType {
  readonly kind: "RefType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly untraced: boolean;
  readonly brand?: Brand;
  readonly target: TypeNode;
  readonly span: Span;
}

export interface MethodDecl {
  readonly kind: "MethodDecl";
  /** SPIN's qualifiers before the method's name (`FUNCTIONAL get(): INTEGER`); absent when none. */
  readonly qualifiers?: readonly ProcedureQualifier[];
  readonly name: Ident;
  readonly signature: Signature;
  readonly default?: Expr;
  /** Pragmas written before the method, such as `<*OBSOLETE*>`. */
  readonly pragmas: readonly Pragma[];
  readonly span: Span;
}

export interface Override {
  readonly kind: "Override";
  readonly name: Ident;
  readonly value: Expr;
  readonly span: Span;
}

/** `[Super] [BRANDED b] OBJECT fields METHODS … OVERRIDES … END` */
export interface ObjectType {
  readonly kind: "ObjectType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly supertype?: TypeNode;
  readonly untraced: boolean;
  readonly brand?: Brand;
  readonly fields: readonly Field[];
  readonly methods: readonly MethodDecl[];
  readonly overrides: readonly Override[];
  readonly span: Span;
}

export interface ProcedureType {
  readonly kind: "ProcedureType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly qualifiers: readonly ProcedureQualifier[];
  readonly signature: Signature;
  readonly span: Span;
}

/** `BITS n FOR T` */
export interface PackedType {
  readonly kind: "PackedType";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly bits: Expr;
  readonly base: TypeNode;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | NameExpr
  | SelectExpr
  | DerefExpr
  | IndexExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | IntLiteral
  | RealLiteral
  | CharLiteral
  | TextLiteral
  | ConstructorExpr
  | TypeExpr
  | ParenExpr;

/** A bare identifier; NIL, TRUE, FALSE and the built-ins are predeclared names, not keywords. */
export interface NameExpr {
  readonly kind: "Name";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly name: Ident;
  readonly span: Span;
}

/** `e.name`: a record field, object field or method, or a name qualified by an interface. */
export interface SelectExpr {
  readonly kind: "Select";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly object: Expr;
  readonly field: Ident;
  readonly span: Span;
}

/** `e^` */
export interface DerefExpr {
  readonly kind: "Deref";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly operand: Expr;
  readonly span: Span;
}

/** `a[i, j]` is kept with both subscripts; the checker treats it as `a[i][j]`. */
export interface IndexExpr {
  readonly kind: "Index";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly array: Expr;
  readonly indexes: readonly Expr[];
  readonly span: Span;
}

/** An actual parameter; `name := value` for keyword binding. A type may stand as an actual (NEW(T)). */
export interface Actual {
  readonly kind: "Actual";
  readonly name?: Ident;
  readonly value: Expr;
  readonly span: Span;
}

export interface CallExpr {
  readonly kind: "Call";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly callee: Expr;
  readonly args: readonly Actual[];
  readonly span: Span;
}

export type UnaryOp = "NOT" | "-" | "+";

export interface UnaryExpr {
  readonly kind: "Unary";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly op: UnaryOp;
  readonly operand: Expr;
  readonly span: Span;
}

export type BinaryOp =
  | "OR"
  | "AND"
  | "="
  | "#"
  | "<"
  | "<="
  | ">"
  | ">="
  | "IN"
  | "+"
  | "-"
  | "&"
  | "*"
  | "/"
  | "DIV"
  | "MOD";

export interface BinaryExpr {
  readonly kind: "Binary";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

/** Integer literals, decimal or based (`16_FF`); the value is exact. */
export interface IntLiteral {
  readonly kind: "IntLiteral";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value: bigint;
  readonly text: string;
  readonly span: Span;
}

/** `1.5`, `1.5E3` (REAL), `1.5D3` (LONGREAL), `1.5X3` (EXTENDED). */
export interface RealLiteral {
  readonly kind: "RealLiteral";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value: number;
  readonly precision: "REAL" | "LONGREAL" | "EXTENDED";
  readonly text: string;
  readonly span: Span;
}

/** The character's code (0..255). */
export interface CharLiteral {
  readonly kind: "CharLiteral";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value: number;
  readonly span: Span;
}

/** The text's value with escapes decoded. */
export interface TextLiteral {
  readonly kind: "TextLiteral";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value: string;
  readonly span: Span;
}

export type ConstructorElement =
  | { readonly kind: "ElementValue"; readonly value: Expr; readonly span: Span }
  | { readonly kind: "ElementRange"; readonly low: Expr; readonly high: Expr; readonly span: Span }
  | {
      readonly kind: "ElementField";
      readonly name: Ident;
      readonly value: Expr;
      readonly span: Span;
    };

/** `T{…}` for sets, records and arrays; `repeatLast` is the trailing `..` of array constructors. */
export interface ConstructorExpr {
  readonly kind: "Constructor";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly type: TypeNode;
  readonly elements: readonly ConstructorElement[];
  readonly repeatLast: boolean;
  readonly span: Span;
}

/** A type that is not a plain name, standing where an expression may: `NEW(REF INTEGER)`. */
export interface TypeExpr {
  readonly kind: "TypeExpr";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly type: TypeNode;
  readonly span: Span;
}

/** Kept so diagnostics and `--dump-ast` can show the source's grouping. */
export interface ParenExpr {
  readonly kind: "Paren";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly inner: Expr;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | AssignStmt
  | CallStmt
  | IfStmt
  | WhileStmt
  | RepeatStmt
  | LoopStmt
  | ExitStmt
  | ReturnStmt
  | ForStmt
  | CaseStmt
  | TypeCaseStmt
  | WithStmt
  | TryExceptStmt
  | TryFinallyStmt
  | RaiseStmt
  | EvalStmt
  | LockStmt
  | BlockStmt
  | AssertStmt;

export interface AssignStmt {
  readonly kind: "Assign";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly target: Expr;
  readonly value: Expr;
  readonly span: Span;
}

/** A procedure call as a statement; INC and DEC are calls of built-ins. */
export interface CallStmt {
  readonly kind: "CallStmt";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly call: CallExpr;
  readonly span: Span;
}

export interface IfStmt {
  readonly kind: "If";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly arms: readonly { readonly condition: Expr; readonly body: readonly Stmt[] }[];
  readonly otherwise?: readonly Stmt[];
  readonly span: Span;
}

export interface WhileStmt {
  readonly kind: "While";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly condition: Expr;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface RepeatStmt {
  readonly kind: "Repeat";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly body: readonly Stmt[];
  readonly condition: Expr;
  readonly span: Span;
}

export interface LoopStmt {
  readonly kind: "Loop";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface ExitStmt {
  readonly kind: "Exit";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly span: Span;
}

export interface ReturnStmt {
  readonly kind: "Return";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value?: Expr;
  readonly span: Span;
}

export interface ForStmt {
  readonly kind: "For";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly variable: Ident;
  readonly from: Expr;
  readonly to: Expr;
  readonly by?: Expr;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface CaseLabel {
  readonly kind: "CaseLabel";
  readonly low: Expr;
  readonly high?: Expr;
  readonly span: Span;
}

export interface CaseArm {
  readonly kind: "CaseArm";
  readonly labels: readonly CaseLabel[];
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface CaseStmt {
  readonly kind: "Case";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly selector: Expr;
  readonly arms: readonly CaseArm[];
  readonly otherwise?: readonly Stmt[];
  readonly span: Span;
}

export interface TypeCaseArm {
  readonly kind: "TypeCaseArm";
  readonly types: readonly TypeNode[];
  readonly binding?: Ident;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface TypeCaseStmt {
  readonly kind: "TypeCase";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly selector: Expr;
  readonly arms: readonly TypeCaseArm[];
  readonly otherwise?: readonly Stmt[];
  readonly span: Span;
}

export interface WithBinding {
  readonly kind: "WithBinding";
  readonly name: Ident;
  readonly value: Expr;
  readonly span: Span;
}

/** `WITH a = e1, b = e2 DO … END`: each binding sees the ones before it. */
export interface WithStmt {
  readonly kind: "With";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly bindings: readonly WithBinding[];
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface Handler {
  readonly kind: "Handler";
  readonly exceptions: readonly QualIdent[];
  readonly binding?: Ident;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export interface TryExceptStmt {
  readonly kind: "TryExcept";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly body: readonly Stmt[];
  readonly handlers: readonly Handler[];
  readonly otherwise?: readonly Stmt[];
  readonly span: Span;
}

export interface TryFinallyStmt {
  readonly kind: "TryFinally";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly body: readonly Stmt[];
  readonly finally: readonly Stmt[];
  readonly span: Span;
}

export interface RaiseStmt {
  readonly kind: "Raise";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly exception: QualIdent;
  readonly argument?: Expr;
  readonly span: Span;
}

export interface EvalStmt {
  readonly kind: "Eval";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly value: Expr;
  readonly span: Span;
}

export interface LockStmt {
  readonly kind: "Lock";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly mutex: Expr;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

/** A nested block: `VAR x: INTEGER; BEGIN … END` among statements. */
export interface BlockStmt {
  readonly kind: "BlockStmt";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly block: Block;
  readonly span: Span;
}

/** `<*ASSERT cond*>`: a checked run-time error when the condition is false. */
export interface AssertStmt {
  readonly kind: "Assert";
  /** Set by the parser, unique in the process: the checker keeps facts by it. */
  readonly id?: number;
  readonly condition: Expr;
  readonly message?: Expr;
  readonly span: Span;
}
