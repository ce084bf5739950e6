(* The classic opaque stack, after "Systems Programming with Modula-3", chapter 2. *)
INTERFACE Stack;

TYPE T <: REFANY;

EXCEPTION Empty;

PROCEDURE New(): T;
PROCEDURE Push(VAR s: T; x: REAL);
PROCEDURE Pop(VAR s: T): REAL RAISES {Empty};

END Stack.
