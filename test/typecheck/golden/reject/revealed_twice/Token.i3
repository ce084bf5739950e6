(* An opaque type has exactly one full revelation in a program. *)
INTERFACE Token;

TYPE T <: REFANY;

REVEAL T = BRANDED "Token.T" REF INTEGER;

END Token.
