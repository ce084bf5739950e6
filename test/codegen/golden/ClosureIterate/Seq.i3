(* Iteration over integer ranges through procedure parameters. *)
INTERFACE Seq;

TYPE Visitor = PROCEDURE (i: INTEGER): BOOLEAN;  (* FALSE stops the iteration *)

PROCEDURE ForEach (from, to: INTEGER; v: Visitor);
PROCEDURE Call (v: Visitor; i: INTEGER): BOOLEAN;
PROCEDURE Same (a, b: Visitor): BOOLEAN;
PROCEDURE IsNil (v: Visitor): BOOLEAN;

END Seq.
