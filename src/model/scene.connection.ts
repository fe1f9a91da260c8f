import { Connection } from '../pagination/connection.type.js';
import { Scene } from './scene.type.js';

/** SceneConnection / SceneEdge: pages of scenes. */
export const SceneConnection = Connection(Scene, 'Scene', 'scene');
