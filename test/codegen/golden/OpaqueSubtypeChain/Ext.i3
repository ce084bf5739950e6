(* A second library extends Counter.T twice: a transparent subtype that clients may extend further,
   and an opaque one whose own hidden part only Ext.m3 sees. *)
INTERFACE Ext;
IMPORT Counter;

TYPE
  Named = Counter.T OBJECT name: TEXT := "named" METHODS describe (): TEXT := Describe END;
  Quiet <: Counter.T;

PROCEDURE Describe (n: Named): TEXT;
PROCEDURE NewQuiet (): Quiet;
(* The hidden level of a Quiet, or of a client's subtype of it. *)
PROCEDURE Whispers (q: Quiet): INTEGER;

END Ext.
