(* An interface declares constants, types, variables, exceptions and procedures; a module of the
   same name implements the procedures. *)
INTERFACE Counter;

CONST Limit = 100;

TYPE Count = [0 .. Limit];

VAR current: Count;

EXCEPTION Overflow;

PROCEDURE Increment (by: Count := 1) RAISES {Overflow};

FUNCTIONAL PROCEDURE Remaining (): Count;

END Counter.
