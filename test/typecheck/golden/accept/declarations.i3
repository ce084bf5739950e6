(* An interface can declare every kind of thing a client needs: constants, types (including opaque
   ones), variables, exceptions and procedures with modes, defaults and RAISES sets. *)
INTERFACE Declarations;

IMPORT Wr, Thread;

CONST
  Version = 3;
  Name = "declarations";

TYPE
  Id = [1 .. 1000];
  Handle <: REFANY;
  Callback = PROCEDURE (id: Id; READONLY data: ARRAY OF CHAR): BOOLEAN;
  Entry = RECORD id: Id; name: TEXT := Name; next: REF Entry END;

VAR registry: REF ARRAY OF Entry;

EXCEPTION NotFound(Id);

PROCEDURE Register (READONLY e: Entry; cb: Callback := NIL): Handle;
PROCEDURE Lookup (id: Id): Entry RAISES {NotFound};
PROCEDURE Dump (wr: Wr.T) RAISES {Wr.Failure, Thread.Alerted};
PROCEDURE Reset (VAR count: CARDINAL);

END Declarations.
