(* Three levels of inheritance: each level overrides or inherits, calls go to the most derived. *)
MODULE Inheritance3 EXPORTS Main;
IMPORT IO;
TYPE
  Animal = OBJECT METHODS sound (): TEXT := Generic; name (): TEXT := AnimalName END;
  Dog = Animal OBJECT OVERRIDES sound := Woof; name := DogName END;
  Puppy = Dog OBJECT OVERRIDES sound := Yip END;
PROCEDURE Generic (a: Animal): TEXT = BEGIN RETURN "..." END Generic;
PROCEDURE AnimalName (a: Animal): TEXT = BEGIN RETURN "animal" END AnimalName;
PROCEDURE Woof (a: Animal): TEXT = BEGIN RETURN "woof" END Woof;
PROCEDURE DogName (a: Animal): TEXT = BEGIN RETURN "dog" END DogName;
PROCEDURE Yip (a: Animal): TEXT = BEGIN RETURN "yip" END Yip;
VAR zoo := ARRAY [0 .. 2] OF Animal{NEW(Animal), NEW(Dog), NEW(Puppy)};
BEGIN
  FOR i := 0 TO 2 DO IO.Put(zoo[i].name() & " says " & zoo[i].sound() & "\n") END
END Inheritance3.
